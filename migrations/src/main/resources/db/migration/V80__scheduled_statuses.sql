-- Mastodon's scheduled statuses: a member's post, kept as its parameters (JSON) until scheduled_at, when a worker
-- publishes it through the normal posting path and deletes the row. idempotency_key is the SHA-256 of the
-- Idempotency-Key the scheduling request carried, if any.
CREATE TABLE scheduled_statuses (
    id               BIGINT PRIMARY KEY,
    account_id       BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    scheduled_at     TIMESTAMPTZ NOT NULL,
    params           JSONB       NOT NULL,
    idempotency_key  BYTEA,
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX scheduled_statuses_due ON scheduled_statuses (scheduled_at);
CREATE INDEX scheduled_statuses_account ON scheduled_statuses (account_id, id);
CREATE UNIQUE INDEX scheduled_statuses_idempotency ON scheduled_statuses (account_id, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
