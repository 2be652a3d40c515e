-- Struggle reports, local and remote. Each is linked 1:1 to the status (object_type 'Article') that carries its
-- readable text, and goes when that status goes (a remote Delete, a member deleting the post).
CREATE TABLE struggle_reports (
    id                BIGINT PRIMARY KEY,
    status_id         BIGINT      NOT NULL UNIQUE REFERENCES statuses (id) ON DELETE CASCADE,
    account_id        BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    local             BOOLEAN     NOT NULL,
    uri               TEXT        NOT NULL UNIQUE,
    title             TEXT        NOT NULL,
    summary           TEXT        NOT NULL DEFAULT '',
    body_source       TEXT        NOT NULL DEFAULT '',
    body_html         TEXT        NOT NULL DEFAULT '',
    employer_id       BIGINT REFERENCES employers (id) ON DELETE SET NULL,
    organisations     JSONB       NOT NULL DEFAULT '[]',
    sector_scheme     TEXT,
    sector_version    TEXT,
    sector_code       TEXT,
    country           TEXT        NOT NULL,
    region            TEXT,
    locality          TEXT,
    sites             INTEGER,
    action_type       TEXT        NOT NULL,
    authorisation     TEXT        NOT NULL,
    struggle_status   TEXT        NOT NULL,
    outcome           TEXT,
    start_date        DATE,
    end_date          DATE,
    participants      INTEGER,
    demand_categories TEXT[]      NOT NULL DEFAULT '{}',
    demands_text      TEXT        NOT NULL DEFAULT '',
    sources           JSONB       NOT NULL DEFAULT '[]',
    language          TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE INDEX struggle_reports_employer ON struggle_reports (employer_id, id DESC);
CREATE INDEX struggle_reports_country ON struggle_reports (country, id DESC);
CREATE INDEX struggle_reports_sector ON struggle_reports (sector_scheme, sector_version, sector_code);
