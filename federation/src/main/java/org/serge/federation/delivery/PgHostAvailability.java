package org.serge.federation.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link HostAvailability} in the delivery_hosts table, shared by every process on the database. Writes are
 * throttled: a host's row is written at most once a minute per process while its state stays the same (a busy
 * healthy host would otherwise cost one UPDATE per delivery). Marking a host unavailable deletes its queued rows;
 * {@link PgDeliveryQueue} queues none for it until it is revived. The set of unavailable hosts that
 * {@link #revive} looks at is read again every 30 seconds, so a signed request costs no query in the common case.
 */
public final class PgHostAvailability implements HostAvailability {

    /** Mastodon's threshold. */
    public static final Duration SEVEN_DAYS = Duration.ofDays(7);

    private static final Logger LOG = LoggerFactory.getLogger(PgHostAvailability.class);
    private static final Duration WRITE_EVERY = Duration.ofMinutes(1);
    private static final Duration REFRESH_EVERY = Duration.ofSeconds(30);

    private static final String FAILED = "INSERT INTO delivery_hosts AS h (host, failing_since) VALUES ($1, now())"
            + " ON CONFLICT (host) DO UPDATE SET failing_since = COALESCE(h.failing_since, now()),"
            + " unavailable = h.unavailable"
            + " OR COALESCE(h.failing_since, now()) <= now() - make_interval(secs => $2)"
            + " RETURNING failing_since, unavailable";

    private static final String SUCCEEDED = "INSERT INTO delivery_hosts AS h (host, last_success_at)"
            + " VALUES ($1, now()) ON CONFLICT (host) DO UPDATE SET last_success_at = now(), failing_since = NULL,"
            + " unavailable = false";

    /** What this process last wrote for a host: null failingSince when healthy. */
    private record Known(Instant failingSince, boolean unavailable, Instant writtenAt) {
    }

    private final Pool pool;
    private final Duration unavailableAfter;
    private final Clock clock;
    private final Cache<String, Known> known = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(WRITE_EVERY).build();
    private volatile Set<String> unavailable = Set.of();
    private volatile Instant refreshedAt = Instant.EPOCH;
    private volatile boolean refreshing;

    public PgHostAvailability(Pool pool, Duration unavailableAfter, Clock clock) {
        this.pool = pool;
        this.unavailableAfter = unavailableAfter;
        this.clock = clock;
    }

    public PgHostAvailability(Pool pool) {
        this(pool, SEVEN_DAYS, Clock.systemUTC());
    }

    @Override
    public Future<Void> succeeded(String host) {
        Known last = known.getIfPresent(host);
        if (last != null && last.failingSince() == null && !last.unavailable()) {
            return Future.succeededFuture();
        }
        return pool.preparedQuery(SUCCEEDED).execute(Tuple.of(host)).onSuccess(rows -> {
            known.put(host, new Known(null, false, clock.instant()));
            forget(host);
        }).mapEmpty();
    }

    @Override
    public Future<Boolean> failed(String host) {
        Known last = known.getIfPresent(host);
        if (last != null && last.failingSince() != null
                && (last.unavailable() || last.failingSince().plus(unavailableAfter).isAfter(clock.instant()))) {
            return Future.succeededFuture(last.unavailable());
        }
        return pool.preparedQuery(FAILED).execute(Tuple.of(host, unavailableAfter.toMillis() / 1000.0))
                .compose(rows -> {
                    Row row = rows.iterator().next();
                    boolean nowUnavailable = row.getBoolean("unavailable");
                    known.put(host, new Known(row.getOffsetDateTime("failing_since").toInstant(), nowUnavailable,
                            clock.instant()));
                    if (!nowUnavailable || last != null && last.unavailable()) {
                        return Future.succeededFuture(nowUnavailable);
                    }
                    return dropQueued(host).map(true);
                });
    }

    @Override
    public Future<Void> revive(String host) {
        if (host == null) {
            return Future.succeededFuture();
        }
        refreshIfStale();
        if (!unavailable.contains(host)) {
            return Future.succeededFuture();
        }
        return pool.preparedQuery("UPDATE delivery_hosts SET unavailable = false, failing_since = NULL"
                        + " WHERE host = $1 AND unavailable")
                .execute(Tuple.of(host))
                .onSuccess(rows -> {
                    known.invalidate(host);
                    forget(host);
                    if (rows.rowCount() > 0) {
                        LOG.info("host {} is available again: it sent a signed request", host);
                    }
                })
                .mapEmpty();
    }

    /** Whether the host is marked unavailable now (reads the table). */
    public Future<Boolean> isUnavailable(String host) {
        return pool.preparedQuery("SELECT unavailable FROM delivery_hosts WHERE host = $1").execute(Tuple.of(host))
                .map(rows -> rows.size() > 0 && rows.iterator().next().getBoolean(0));
    }

    /** Reads the set of unavailable hosts again now; completes when done. */
    public Future<Void> refresh() {
        return pool.query("SELECT host FROM delivery_hosts WHERE unavailable").execute().map(rows -> {
            Set<String> hosts = ConcurrentHashMap.newKeySet();
            rows.forEach(row -> hosts.add(row.getString(0)));
            unavailable = hosts;
            refreshedAt = clock.instant();
            return null;
        });
    }

    private void refreshIfStale() {
        if (refreshing || refreshedAt.plus(REFRESH_EVERY).isAfter(clock.instant())) {
            return;
        }
        refreshing = true;
        refresh().onComplete(ar -> {
            refreshing = false;
            if (ar.failed()) {
                LOG.warn("reading unavailable hosts failed: {}", ar.cause().toString());
            }
        });
    }

    private void forget(String host) {
        if (unavailable.contains(host)) {
            Set<String> copy = ConcurrentHashMap.newKeySet();
            copy.addAll(unavailable);
            copy.remove(host);
            unavailable = copy;
        }
    }

    private Future<Void> dropQueued(String host) {
        Set<String> copy = ConcurrentHashMap.newKeySet();
        copy.addAll(unavailable);
        copy.add(host);
        unavailable = copy;
        return pool.preparedQuery("DELETE FROM deliveries WHERE host = $1").execute(Tuple.of(host))
                .onSuccess(rows -> LOG.warn("host {} marked unavailable after {} of failures; {} queued deliveries"
                        + " dropped", host, unavailableAfter, rows.rowCount()))
                .mapEmpty();
    }
}
