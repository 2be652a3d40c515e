-- Claims take due rows in queue order: by due time, then by id. A post's rows share one due time and are queued
-- with their hosts interleaved, so that a claim spreads over hosts instead of filling one host's cap.
DROP INDEX deliveries_due;
CREATE INDEX deliveries_due ON deliveries (next_attempt_at, id);

-- Room in each page, so that a claim (which sets only claimed_until, in no index) is a HOT update: no new index
-- entries for a row that lives a few seconds.
ALTER TABLE deliveries SET (fillfactor = 70);
