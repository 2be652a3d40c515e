-- Claims take due rows in queue order: by due time, then by id. A post's rows share one due time and are queued
-- with their hosts interleaved, so that a claim spreads over hosts instead of filling one host's cap.
DROP INDEX deliveries_due;
CREATE INDEX deliveries_due ON deliveries (next_attempt_at, id);

-- Room in each page, so that a claim (which sets only claimed_until, in no index) is a HOT update: no new index
-- entries for a row that lives a few seconds.
ALTER TABLE deliveries SET (fillfactor = 70);

-- A queue table: every row is inserted, updated and deleted within seconds, so dead rows pile up fast and every
-- claim walks past them until a vacuum; vacuum it after a fixed number of dead rows, not a share of the table.
ALTER TABLE deliveries SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000,
    autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 2000, autovacuum_vacuum_cost_delay = 0);
