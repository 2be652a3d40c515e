package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** SQL over inbox_activities: the durable queue between the 202 and the handlers. */
public final class InboxStore {

    private final Pool pool;
    private final InboxInserts inserts;

    public InboxStore(Pool pool) {
        this.pool = pool;
        this.inserts = new InboxInserts(pool);
    }

    /**
     * Stores an activity; false when one with this id was stored before (the deduplication, rule 10). The future
     * completes once the row is committed; concurrent inserts are grouped into multi-row statements.
     */
    public Future<Boolean> insert(String activityId, String actorUri, String type, String payload) {
        return inserts.insert(activityId, actorUri, type, payload);
    }

    /**
     * Claims due rows by moving their process_after past the lease: another process (or this one after a crash)
     * takes a row again only once the lease has run out without the row being finished.
     */
    public Future<List<InboxRow>> claim(int limit, Duration lease) {
        return pool.preparedQuery("UPDATE inbox_activities SET attempts = attempts + 1,"
                        + " process_after = now() + make_interval(secs => $2)"
                        + " WHERE id IN (SELECT id FROM inbox_activities WHERE processed_at IS NULL"
                        + " AND process_after <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED)"
                        + " RETURNING id, activity_id, actor_uri, type, payload::text, attempts")
                .execute(Tuple.of(limit, (double) lease.toSeconds()))
                .map(rows -> {
                    List<InboxRow> claimed = new ArrayList<>();
                    rows.forEach(row -> claimed.add(new InboxRow(row.getLong(0), row.getString(1), row.getString(2),
                            row.getString(3), row.getString(4), row.getInteger(5))));
                    claimed.sort((a, b) -> Long.compare(a.id(), b.id()));
                    return claimed;
                });
    }

    /** Finishes a row; {@code error} is kept when it ended in failure (null otherwise). */
    public Future<Void> markProcessed(long id, String error) {
        return pool.preparedQuery("UPDATE inbox_activities SET processed_at = now(), last_error = $2 WHERE id = $1")
                .execute(Tuple.of(id, error))
                .mapEmpty();
    }

    public Future<Void> retryLater(long id, Duration delay, String error) {
        return pool.preparedQuery("UPDATE inbox_activities SET process_after = now() + make_interval(secs => $2),"
                        + " last_error = $3 WHERE id = $1")
                .execute(Tuple.of(id, (double) delay.toMillis() / 1000.0, error))
                .mapEmpty();
    }
}
