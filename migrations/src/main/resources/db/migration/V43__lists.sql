-- A member's lists of accounts they follow, each a timeline of its own. list_accounts.id is the paging key of
-- GET /api/v1/lists/:id/accounts.
CREATE TABLE lists (
    id             BIGINT PRIMARY KEY,
    account_id     BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    title          TEXT        NOT NULL,
    replies_policy TEXT        NOT NULL DEFAULT 'list' CHECK (replies_policy IN ('followed', 'list', 'none')),
    exclusive      BOOLEAN     NOT NULL DEFAULT FALSE,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX lists_account ON lists (account_id, id);

CREATE TABLE list_accounts (
    id         BIGINT      NOT NULL UNIQUE,
    list_id    BIGINT      NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (list_id, account_id)
);

CREATE INDEX list_accounts_account ON list_accounts (account_id);
