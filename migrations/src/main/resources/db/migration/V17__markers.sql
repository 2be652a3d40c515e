-- Where a member stopped reading their home timeline and their notifications (Mastodon's markers), so that every
-- client they use starts at the same place. version counts the saves, as clients compare it.
CREATE TABLE markers (
    account_id   BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    timeline     TEXT        NOT NULL CHECK (timeline IN ('home', 'notifications')),
    last_read_id BIGINT      NOT NULL,
    version      INTEGER     NOT NULL DEFAULT 1,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (account_id, timeline)
);
