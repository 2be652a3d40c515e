-- Likes, blocks, reports (Flag) and account moves.
CREATE TABLE favourites (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status_id  BIGINT      NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    uri        TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, status_id)
);

CREATE INDEX favourites_status ON favourites (status_id);

CREATE TABLE blocks (
    id                BIGINT PRIMARY KEY,
    account_id        BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    uri               TEXT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, target_account_id)
);

CREATE INDEX blocks_target ON blocks (target_account_id);

CREATE TABLE reports (
    id                BIGINT PRIMARY KEY,
    account_id        BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status_ids        BIGINT[]    NOT NULL DEFAULT '{}',
    comment           TEXT        NOT NULL DEFAULT '',
    uri               TEXT UNIQUE,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE account_moves (
    id             BIGINT PRIMARY KEY,
    account_id     BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    target_uri     TEXT        NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE notifications (
    id              BIGINT PRIMARY KEY,
    account_id      BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    from_account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    type            TEXT        NOT NULL,
    status_id       BIGINT REFERENCES statuses (id) ON DELETE CASCADE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX notifications_account ON notifications (account_id, id DESC);
