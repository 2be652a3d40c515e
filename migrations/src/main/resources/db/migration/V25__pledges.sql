-- Pledges to solidarity calls: one live pledge per actor per call (a replacement overwrites the row, a withdrawal
-- or a remote Delete removes it). Tallies are always recomputed from these rows, never kept as counters.
CREATE TABLE pledges (
    id          BIGINT PRIMARY KEY,
    call_id     BIGINT      NOT NULL REFERENCES solidarity_calls (id) ON DELETE CASCADE,
    account_id  BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    node        TEXT,
    country     TEXT,
    asks        JSONB       NOT NULL,
    visibility  TEXT        NOT NULL CHECK (visibility IN ('count-only', 'caller-only', 'public')),
    source      TEXT        NOT NULL CHECK (source IN ('serge-pledge', 'poll-vote', 'reply')),
    object_uri  TEXT UNIQUE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (call_id, account_id)
);

CREATE INDEX pledges_account ON pledges (account_id);
