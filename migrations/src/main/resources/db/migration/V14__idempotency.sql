-- Idempotency-Key of POST /api/v1/statuses: a key (stored as its SHA-256) sent by one account maps to the status it
-- made, for an hour. status_id is NULL while the first request with the key is still posting.
CREATE TABLE idempotency_keys (
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    key_hash   BYTEA       NOT NULL,
    status_id  BIGINT REFERENCES statuses (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, key_hash)
);

CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);
