-- Local and remote actors. Local rows have domain and uri NULL: their ids are derived from the node's domain.
CREATE TABLE accounts (
    id           BIGINT PRIMARY KEY,
    username     TEXT        NOT NULL,
    domain       TEXT,
    actor_type   TEXT        NOT NULL DEFAULT 'Person'
                 CHECK (actor_type IN ('Person', 'Group', 'Application', 'Service', 'Organization')),
    display_name TEXT        NOT NULL DEFAULT '',
    summary      TEXT        NOT NULL DEFAULT '',
    locked       BOOLEAN     NOT NULL DEFAULT FALSE,
    uri          TEXT,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((domain IS NULL) = (uri IS NULL))
);

CREATE UNIQUE INDEX accounts_local_username ON accounts (lower(username)) WHERE domain IS NULL;
CREATE UNIQUE INDEX accounts_remote_username ON accounts (lower(username), lower(domain)) WHERE domain IS NOT NULL;
CREATE UNIQUE INDEX accounts_uri ON accounts (uri) WHERE uri IS NOT NULL;
