-- Uploaded media. Files live under DATA/media/<first two characters of the key>/<key>; keys are random and carry
-- the extension of the format Serge re-encoded the file into, never anything a client or a remote server sent.
-- A medium belongs to its uploader and to no status until a status is posted with it (status_id set, position
-- its place among the status' attachments). Deleting a status frees its media (for delete-and-redraft).
CREATE TABLE media_attachments (
    id                 BIGINT PRIMARY KEY,
    account_id         BIGINT           NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status_id          BIGINT REFERENCES statuses (id) ON DELETE SET NULL,
    position           SMALLINT         NOT NULL DEFAULT 0,
    type               TEXT             NOT NULL CHECK (type IN ('image', 'gifv', 'video', 'audio', 'unknown')),
    file_key           TEXT             NOT NULL UNIQUE,
    content_type       TEXT             NOT NULL,
    file_size          BIGINT           NOT NULL,
    width              INTEGER          NOT NULL,
    height             INTEGER          NOT NULL,
    thumbnail_key      TEXT             NOT NULL UNIQUE,
    thumbnail_width    INTEGER          NOT NULL,
    thumbnail_height   INTEGER          NOT NULL,
    blurhash           TEXT,
    focus_x            DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (focus_x BETWEEN -1 AND 1),
    focus_y            DOUBLE PRECISION NOT NULL DEFAULT 0 CHECK (focus_y BETWEEN -1 AND 1),
    description        TEXT,
    created_at         TIMESTAMPTZ      NOT NULL DEFAULT now()
);

CREATE INDEX media_attachments_status ON media_attachments (status_id, position) WHERE status_id IS NOT NULL;
CREATE INDEX media_attachments_unattached ON media_attachments (account_id, created_at) WHERE status_id IS NULL;
