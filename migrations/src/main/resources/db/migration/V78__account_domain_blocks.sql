-- Domains a member blocks (Mastodon's user-level domain blocks): the statuses and notifications of accounts on
-- that domain leave the member's timelines and notifications, and follows between them are removed. domain is
-- lower-case and matched exactly against accounts.domain. Never federated.
CREATE TABLE account_domain_blocks (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    domain     TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, domain)
);

CREATE INDEX account_domain_blocks_account ON account_domain_blocks (account_id, id DESC);
