-- Every accepted inbox activity, stored before the 202 and processed afterwards. The unique activity id is the
-- deduplication: a replayed or redelivered activity finds its row and changes nothing.
CREATE TABLE inbox_activities (
    id           BIGSERIAL PRIMARY KEY,
    activity_id  TEXT        NOT NULL UNIQUE,
    actor_uri    TEXT        NOT NULL,
    type         TEXT        NOT NULL,
    payload      JSONB       NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    process_after TIMESTAMPTZ NOT NULL DEFAULT now(),
    processed_at TIMESTAMPTZ,
    attempts     INTEGER     NOT NULL DEFAULT 0,
    last_error   TEXT
);

CREATE INDEX inbox_activities_pending ON inbox_activities (process_after) WHERE processed_at IS NULL;

CREATE TABLE domain_blocks (
    domain     TEXT PRIMARY KEY,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
