-- The visible history of a report's status and outcome: one row when it is filed, one per change.
CREATE TABLE report_status_history (
    id           BIGINT PRIMARY KEY,
    report_id    BIGINT      NOT NULL REFERENCES struggle_reports (id) ON DELETE CASCADE,
    from_status  TEXT,
    to_status    TEXT        NOT NULL,
    from_outcome TEXT,
    to_outcome   TEXT,
    note         TEXT        NOT NULL DEFAULT '',
    at           TIMESTAMPTZ NOT NULL
);

CREATE INDEX report_status_history_report ON report_status_history (report_id, at, id);
