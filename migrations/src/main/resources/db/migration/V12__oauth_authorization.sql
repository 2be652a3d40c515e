-- The authorization step of OAuth: single-use codes (stored as SHA-256 hashes, valid ten minutes) and the failed
-- logins that throttle password guessing. Failures are keyed by a SHA-256 of the account or of the client, never
-- by a network address and never by what was typed.
CREATE TABLE oauth_authorization_codes (
    id              BIGINT PRIMARY KEY,
    code_hash       BYTEA       NOT NULL UNIQUE,
    application_id  BIGINT      NOT NULL REFERENCES oauth_applications (id) ON DELETE CASCADE,
    account_id      BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    scopes          TEXT        NOT NULL,
    redirect_uri    TEXT        NOT NULL,
    code_challenge  TEXT,
    expires_at      TIMESTAMPTZ NOT NULL,
    used_at         TIMESTAMPTZ,
    access_token_id BIGINT REFERENCES oauth_access_tokens (id) ON DELETE SET NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE oauth_login_failures (
    throttle_key BYTEA       NOT NULL,
    failed_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX oauth_login_failures_key ON oauth_login_failures (throttle_key, failed_at);

CREATE INDEX oauth_access_tokens_application ON oauth_access_tokens (application_id);

COMMENT ON COLUMN oauth_applications.client_secret IS 'hex SHA-256 of the client secret, which is shown once';
