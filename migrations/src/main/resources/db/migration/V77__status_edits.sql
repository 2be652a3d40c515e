-- The versions of an edited status, local or remote, oldest first: the first edit of a status stores the version
-- it replaces (the original), then each edit stores the new version. A status never edited has no rows.
-- Media are not versioned: an edit keeps a status' media.
CREATE TABLE status_edits (
    id           BIGINT PRIMARY KEY,
    status_id    BIGINT      NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    account_id   BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    content      TEXT        NOT NULL DEFAULT '',
    spoiler_text TEXT        NOT NULL DEFAULT '',
    sensitive    BOOLEAN     NOT NULL DEFAULT FALSE,
    poll_options TEXT[],
    created_at   TIMESTAMPTZ NOT NULL
);

CREATE INDEX status_edits_status ON status_edits (status_id, id);
