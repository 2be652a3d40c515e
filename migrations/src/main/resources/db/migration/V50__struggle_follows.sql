-- What members follow of struggles: an employer (matching it and the employers below it), an industry code
-- (matching it and the codes below it, in the same scheme and version), a country (ISO 3166-1 alpha-2) or a
-- hashtag (lower-case, without '#'). subject is the follow's key ("employer:123", "sector:ISIC:4:H49",
-- "country:DE", "hashtag:strike"), one follow per member and subject.
CREATE TABLE struggle_follows (
    id             BIGINT PRIMARY KEY,
    account_id     BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind           TEXT        NOT NULL CHECK (kind IN ('employer', 'sector', 'country', 'hashtag')),
    subject        TEXT        NOT NULL,
    employer_id    BIGINT REFERENCES employers (id) ON DELETE CASCADE,
    sector_scheme  TEXT,
    sector_version TEXT,
    sector_code    TEXT,
    country        TEXT,
    hashtag        TEXT,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, subject),
    CHECK ((kind = 'employer') = (employer_id IS NOT NULL)),
    CHECK ((kind = 'sector') = (sector_code IS NOT NULL)),
    CHECK ((kind = 'country') = (country IS NOT NULL)),
    CHECK ((kind = 'hashtag') = (hashtag IS NOT NULL))
);

CREATE INDEX struggle_follows_employer ON struggle_follows (employer_id) WHERE kind = 'employer';
CREATE INDEX struggle_follows_sector ON struggle_follows (sector_scheme, sector_version, sector_code)
    WHERE kind = 'sector';
CREATE INDEX struggle_follows_country ON struggle_follows (country) WHERE kind = 'country';
CREATE INDEX struggle_follows_hashtag ON struggle_follows (hashtag) WHERE kind = 'hashtag';
