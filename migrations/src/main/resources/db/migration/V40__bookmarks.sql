-- Statuses a member bookmarked (private to them). Paged by the bookmark's id, newest first.
CREATE TABLE bookmarks (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status_id  BIGINT      NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, status_id)
);

CREATE INDEX bookmarks_account ON bookmarks (account_id, id DESC);
