-- Statuses a member pins to their profile (their own public or unlisted ones, at most 5): shown first on the
-- profile and served as the actor's featured collection.
CREATE TABLE status_pins (
    id         BIGINT PRIMARY KEY,
    account_id BIGINT      NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    status_id  BIGINT      NOT NULL REFERENCES statuses (id) ON DELETE CASCADE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (account_id, status_id)
);

CREATE INDEX status_pins_status ON status_pins (status_id);
