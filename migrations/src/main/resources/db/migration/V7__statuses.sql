-- Posts, local and remote. A boost is a status with reblog_of_id. The ActivityPub object a remote status came
-- from is kept (ap_object) so that extension properties can be read later; it is never served to clients as is.
CREATE TABLE statuses (
    id              BIGINT PRIMARY KEY,
    uri             TEXT        NOT NULL UNIQUE,
    url             TEXT,
    account_id      BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    local           BOOLEAN     NOT NULL,
    object_type     TEXT        NOT NULL DEFAULT 'Note',
    visibility      TEXT        NOT NULL CHECK (visibility IN ('public', 'unlisted', 'private', 'direct')),
    in_reply_to_id  BIGINT REFERENCES statuses (id) ON DELETE SET NULL,
    in_reply_to_uri TEXT,
    reblog_of_id    BIGINT REFERENCES statuses (id) ON DELETE CASCADE,
    title           TEXT,
    content         TEXT        NOT NULL DEFAULT '',
    source_text     TEXT,
    spoiler_text    TEXT        NOT NULL DEFAULT '',
    sensitive       BOOLEAN     NOT NULL DEFAULT FALSE,
    language        TEXT,
    ap_object       JSONB,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    edited_at       TIMESTAMPTZ
);

CREATE INDEX statuses_account ON statuses (account_id, id DESC);
CREATE INDEX statuses_reply ON statuses (in_reply_to_id);
CREATE INDEX statuses_reblog ON statuses (reblog_of_id);
CREATE UNIQUE INDEX statuses_one_reblog ON statuses (account_id, reblog_of_id) WHERE reblog_of_id IS NOT NULL;

CREATE TABLE status_mentions (
    status_id  BIGINT NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    PRIMARY KEY (status_id, account_id)
);

CREATE INDEX status_mentions_account ON status_mentions (account_id);

CREATE TABLE status_tags (
    status_id BIGINT NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    name      TEXT   NOT NULL,
    PRIMARY KEY (status_id, name)
);

CREATE INDEX status_tags_name ON status_tags (name, status_id DESC);

-- Poll options and counts of a Question, local or remote.
CREATE TABLE polls (
    status_id    BIGINT PRIMARY KEY REFERENCES statuses (id) ON DELETE CASCADE,
    multiple     BOOLEAN     NOT NULL DEFAULT FALSE,
    options      TEXT[]      NOT NULL,
    votes        INTEGER[]   NOT NULL,
    voters_count INTEGER,
    expires_at   TIMESTAMPTZ
);
