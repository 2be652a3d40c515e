-- What Serge keeps of remote actors, and the keys they sign with.
ALTER TABLE accounts
    ADD COLUMN inbox_url        TEXT,
    ADD COLUMN shared_inbox_url TEXT,
    ADD COLUMN outbox_url       TEXT,
    ADD COLUMN followers_url    TEXT,
    ADD COLUMN following_url    TEXT,
    ADD COLUMN featured_url     TEXT,
    ADD COLUMN url              TEXT,
    ADD COLUMN avatar_url       TEXT,
    ADD COLUMN moved_to_uri     TEXT,
    ADD COLUMN also_known_as    TEXT[] NOT NULL DEFAULT '{}',
    ADD COLUMN discoverable     BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN fetched_at       TIMESTAMPTZ;

CREATE TABLE remote_keys (
    key_id     TEXT PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    algorithm  TEXT        NOT NULL CHECK (algorithm IN ('rsa', 'ed25519')),
    public_key TEXT        NOT NULL,
    fetched_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX remote_keys_account ON remote_keys (account_id);
