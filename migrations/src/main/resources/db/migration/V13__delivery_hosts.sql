-- Delivery health per host (host[:port], as deliveries.host keeps it), as Mastodon tracks it: a host whose
-- deliveries have failed for 7 days with no success is marked unavailable; nothing is queued for it until a
-- delivery to it succeeds or it sends us a signed request.
CREATE TABLE delivery_hosts (
    host            TEXT PRIMARY KEY,
    failing_since   TIMESTAMPTZ,
    last_success_at TIMESTAMPTZ,
    unavailable     BOOLEAN     NOT NULL DEFAULT FALSE
);

CREATE INDEX delivery_hosts_unavailable ON delivery_hosts (host) WHERE unavailable;
CREATE INDEX deliveries_host ON deliveries (host);
