-- Room in each page, so that a claim (which sets attempts and process_after, in no index) is a HOT update: without
-- it every claim wrote new entries into the primary key, the activity id and the pending index, for a row that
-- is updated once more within seconds.
ALTER TABLE inbox_activities SET (fillfactor = 70);
