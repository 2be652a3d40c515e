-- OAuth applications and access tokens. Tokens are stored as SHA-256 hashes, never in clear.
CREATE TABLE oauth_applications (
    id            BIGINT PRIMARY KEY,
    name          TEXT        NOT NULL,
    website       TEXT,
    redirect_uris TEXT[]      NOT NULL DEFAULT '{}',
    scopes        TEXT        NOT NULL,
    client_id     TEXT        NOT NULL UNIQUE,
    client_secret TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE oauth_access_tokens (
    id             BIGINT PRIMARY KEY,
    token_hash     BYTEA       NOT NULL UNIQUE,
    account_id     BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
    application_id BIGINT REFERENCES oauth_applications (id) ON DELETE CASCADE,
    scopes         TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at     TIMESTAMPTZ
);

CREATE INDEX oauth_access_tokens_account ON oauth_access_tokens (account_id);
