package org.serge.federation.delivery;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/** Read-only views of the delivery queue, for the admin command, the admin API and the metrics. */
public final class DeliveryQueueStats {

    /** Totals over the whole queue. */
    public record Totals(long queued, long claimed) {
    }

    private static final String BY_HOST = "SELECT COALESCE(d.host, h.host) AS host, COALESCE(d.queued, 0) AS queued,"
            + " COALESCE(d.claimed, 0) AS claimed, d.oldest, COALESCE(d.max_attempts, 0) AS max_attempts,"
            + " COALESCE(h.unavailable, false) AS unavailable, h.failing_since, h.last_success_at"
            + " FROM (SELECT host, count(*) AS queued, count(*) FILTER (WHERE claimed_until > now()) AS claimed,"
            + " min(next_attempt_at) AS oldest, max(attempts) AS max_attempts FROM deliveries GROUP BY host) d"
            + " FULL OUTER JOIN (SELECT * FROM delivery_hosts WHERE unavailable OR failing_since IS NOT NULL) h"
            + " ON h.host = d.host"
            + " ORDER BY queued DESC, host LIMIT $1";

    private final Pool pool;

    public DeliveryQueueStats(Pool pool) {
        this.pool = pool;
    }

    /**
     * Hosts with queued rows, and hosts that are failing or unavailable with none, the longest queues first,
     * {@code limit} at most.
     */
    public Future<List<HostQueue>> byHost(int limit) {
        return pool.preparedQuery(BY_HOST).execute(Tuple.of(limit)).map(rows -> {
            List<HostQueue> hosts = new ArrayList<>(rows.size());
            for (Row row : rows) {
                hosts.add(new HostQueue(row.getString("host"), row.getLong("queued"), row.getLong("claimed"),
                        row.getOffsetDateTime("oldest"), row.getInteger("max_attempts"),
                        row.getBoolean("unavailable"), row.getOffsetDateTime("failing_since"),
                        row.getOffsetDateTime("last_success_at")));
            }
            return hosts;
        });
    }

    public Future<Totals> totals() {
        return pool.query("SELECT count(*), count(*) FILTER (WHERE claimed_until > now()) FROM deliveries").execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new Totals(row.getLong(0), row.getLong(1));
                });
    }
}
