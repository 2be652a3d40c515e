-- Solidarity calls, local and remote, each linked 1:1 to a status (object_type 'Question') whose poll options are
-- the asks. The condition's parts are all optional; every part given must hold. "met" is irreversible: met_at
-- and met_by_pledge_id record when and on which pledge (no foreign key: that pledge may later be deleted).
CREATE TABLE solidarity_calls (
    id                 BIGINT PRIMARY KEY,
    status_id          BIGINT      NOT NULL UNIQUE REFERENCES statuses (id) ON DELETE CASCADE,
    account_id         BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    local              BOOLEAN     NOT NULL,
    uri                TEXT        NOT NULL UNIQUE,
    report_id          BIGINT REFERENCES struggle_reports (id) ON DELETE SET NULL,
    title              TEXT        NOT NULL,
    description        TEXT        NOT NULL DEFAULT '',
    asks               JSONB       NOT NULL,
    deadline           TIMESTAMPTZ NOT NULL,
    min_pledges        INTEGER,
    min_nodes          INTEGER,
    min_countries      INTEGER,
    min_money          NUMERIC,
    money_currency     TEXT,
    state              TEXT        NOT NULL CHECK (state IN ('open', 'met', 'executed', 'expired', 'cancelled')),
    met_at             TIMESTAMPTZ,
    met_by_pledge_id   BIGINT,
    closed_at          TIMESTAMPTZ,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((min_money IS NULL) = (money_currency IS NULL))
);

CREATE INDEX solidarity_calls_open_deadline ON solidarity_calls (deadline) WHERE state = 'open';
CREATE INDEX solidarity_calls_report ON solidarity_calls (report_id);
