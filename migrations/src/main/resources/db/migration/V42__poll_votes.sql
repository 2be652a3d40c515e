-- Votes cast by members of this node, one row per chosen option, on local and remote polls. uri is the vote's
-- Note id for votes sent to a remote poll (null for local polls). A local poll's counts are recounted from these
-- rows; a remote poll's counts come from its origin.
CREATE TABLE poll_votes (
    id         BIGINT PRIMARY KEY,
    status_id  BIGINT      NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    choice     INTEGER     NOT NULL CHECK (choice >= 0),
    uri        TEXT UNIQUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (status_id, account_id, choice)
);

CREATE INDEX poll_votes_account ON poll_votes (account_id, status_id);
