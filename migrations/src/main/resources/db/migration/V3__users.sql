-- Login data of local members. No IP addresses are ever stored.
CREATE TABLE users (
    account_id    BIGINT PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
    email         TEXT,
    password_hash TEXT        NOT NULL,
    admin         BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE UNIQUE INDEX users_email ON users (lower(email)) WHERE email IS NOT NULL;
