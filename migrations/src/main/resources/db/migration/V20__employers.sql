-- Employers named by struggle reports: legal entities with aliases, an optional parent (so that reports about one
-- multinational from many countries group under the ultimate parent) and optional global identifiers.
CREATE TABLE employers (
    id          BIGINT PRIMARY KEY,
    legal_name  TEXT        NOT NULL,
    aliases     TEXT[]      NOT NULL DEFAULT '{}',
    parent_id   BIGINT REFERENCES employers (id) ON DELETE SET NULL,
    wikidata_id TEXT UNIQUE,
    lei         TEXT UNIQUE,
    country     TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX employers_name ON employers (lower(legal_name) text_pattern_ops);
CREATE INDEX employers_parent ON employers (parent_id);
