-- Condition figures (earnings, hours, injuries, contract types) attached to a struggle report, with the metadata
-- that makes them comparable. Values keep their original currency; nothing is converted here.
CREATE TABLE condition_figures (
    id             BIGINT PRIMARY KEY,
    report_id      BIGINT      NOT NULL REFERENCES struggle_reports (id) ON DELETE CASCADE,
    position       INTEGER     NOT NULL,
    kind           TEXT        NOT NULL,
    value          NUMERIC     NOT NULL,
    unit           TEXT        NOT NULL,
    currency       TEXT,
    basis          TEXT,
    pay_period     TEXT,
    reference_date DATE,
    period_start   DATE,
    period_end     DATE,
    population     TEXT        NOT NULL DEFAULT '',
    sample_size    INTEGER,
    source_type    TEXT        NOT NULL,
    UNIQUE (report_id, position)
);

CREATE INDEX condition_figures_kind ON condition_figures (kind, currency);
