-- Accepted follows and pending follow requests, local and remote on either side.
CREATE TABLE follows (
    id                BIGINT PRIMARY KEY,
    account_id        BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    uri               TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, target_account_id)
);

CREATE INDEX follows_target ON follows (target_account_id);

CREATE TABLE follow_requests (
    id                BIGINT PRIMARY KEY,
    account_id        BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    uri               TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, target_account_id)
);

CREATE INDEX follow_requests_target ON follow_requests (target_account_id);
