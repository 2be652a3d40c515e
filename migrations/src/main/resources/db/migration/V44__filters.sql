-- A member's filters (Mastodon's filters v2): a title, the contexts it applies in, warn or hide, an optional
-- expiry, and keywords matched against statuses' text.
CREATE TABLE filters (
    id            BIGINT PRIMARY KEY,
    account_id    BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    title         TEXT        NOT NULL,
    contexts      TEXT[]      NOT NULL,
    filter_action TEXT        NOT NULL DEFAULT 'warn' CHECK (filter_action IN ('warn', 'hide')),
    expires_at    TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX filters_account ON filters (account_id, id);

CREATE TABLE filter_keywords (
    id         BIGINT PRIMARY KEY,
    filter_id  BIGINT  NOT NULL REFERENCES filters (id) ON DELETE CASCADE,
    keyword    TEXT    NOT NULL,
    whole_word BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE INDEX filter_keywords_filter ON filter_keywords (filter_id, id);
