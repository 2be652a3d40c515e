-- Outgoing activities, serialised once, and one delivery row per (activity, inbox).
CREATE TABLE outgoing_activities (
    id                BIGINT PRIMARY KEY,
    signer_account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    payload           TEXT        NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE deliveries (
    id              BIGSERIAL PRIMARY KEY,
    activity_id     BIGINT      NOT NULL REFERENCES outgoing_activities (id) ON DELETE CASCADE,
    inbox_url       TEXT        NOT NULL,
    host            TEXT        NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    claimed_until   TIMESTAMPTZ,
    last_status     INTEGER,
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (activity_id, inbox_url)
);

CREATE INDEX deliveries_due ON deliveries (next_attempt_at);
