-- Accounts a member mutes: their statuses leave the member's timelines and, with notifications, their
-- notifications too. A mute with expires_at ends by itself (rows past it are ignored, then replaced or removed).
-- Never federated.
CREATE TABLE mutes (
    id                BIGINT PRIMARY KEY,
    account_id        BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    notifications     BOOLEAN     NOT NULL DEFAULT TRUE,
    expires_at        TIMESTAMPTZ,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, target_account_id)
);

CREATE INDEX mutes_account ON mutes (account_id, id DESC);
