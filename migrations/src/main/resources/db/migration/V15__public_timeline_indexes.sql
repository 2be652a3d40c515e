-- The public timelines read public non-boost statuses newest first; these partial indexes keep a page one short
-- index scan however many unlisted, private, direct or boost rows lie between public ones.
CREATE INDEX statuses_public ON statuses (id DESC) WHERE visibility = 'public' AND reblog_of_id IS NULL;
CREATE INDEX statuses_public_local ON statuses (id DESC) WHERE visibility = 'public' AND reblog_of_id IS NULL AND local;
