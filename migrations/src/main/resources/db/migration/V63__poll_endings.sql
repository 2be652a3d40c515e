-- When a poll ends, its local author and the members who voted in it are notified, once: ended_notified_at marks a
-- poll told of. Polls that ended before this migration are marked, not announced late.
ALTER TABLE polls ADD COLUMN ended_notified_at TIMESTAMPTZ;
UPDATE polls SET ended_notified_at = now() WHERE expires_at <= now();
CREATE INDEX polls_ending ON polls (expires_at) WHERE ended_notified_at IS NULL AND expires_at IS NOT NULL;
