-- Reports about accounts, as Mastodon's: the member's category and the instance rules they name, and whether a
-- copy went to the reported account's server as a Flag (reports received as a Flag are rows of the same table).
ALTER TABLE reports
    ADD COLUMN category  TEXT    NOT NULL DEFAULT 'other'
        CHECK (category IN ('spam', 'legal', 'violation', 'other')),
    ADD COLUMN rule_ids  BIGINT[],
    ADD COLUMN forwarded BOOLEAN NOT NULL DEFAULT FALSE;

CREATE INDEX reports_target ON reports (target_account_id);
