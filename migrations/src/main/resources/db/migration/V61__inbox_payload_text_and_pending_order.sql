-- The inbox keeps an activity as it arrived: the receiver has parsed it already and the processor parses it again,
-- and nothing queries inside it, so converting it to jsonb on every insert was work for no one.
ALTER TABLE inbox_activities ALTER COLUMN payload TYPE TEXT USING payload::text;

-- The processor claims pending rows in arrival order (ORDER BY id): an index in that order, over pending rows only.
DROP INDEX inbox_activities_pending;
CREATE INDEX inbox_activities_pending ON inbox_activities (id) WHERE processed_at IS NULL;

-- Every row is updated twice within seconds of its insert: vacuum after a fixed number of dead rows.
ALTER TABLE inbox_activities SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000,
    autovacuum_vacuum_cost_delay = 0);
