-- A member's struggle feed: one row per report status matching one of their struggle follows, written when a
-- report is stored (local or received by any path) and when a follow is made (from the reports already known),
-- so that the feed and the home timeline read it by index (account_id, status_id). A row goes with its follow
-- (unfollow) and with its status (a deleted report).
CREATE TABLE struggle_feed (
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status_id  BIGINT NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    follow_id  BIGINT NOT NULL REFERENCES struggle_follows (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, status_id, follow_id)
);

CREATE INDEX struggle_feed_follow ON struggle_feed (follow_id);
CREATE INDEX struggle_feed_status ON struggle_feed (status_id);
