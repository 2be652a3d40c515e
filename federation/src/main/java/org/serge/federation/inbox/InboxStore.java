package org.serge.federation.inbox;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.serge.core.db.GroupCommit;

/** SQL over inbox_activities: the durable queue between the 202 and the handlers. */
public final class InboxStore {

    private final Pool pool;
    private final InboxInserts inserts;
    private final GroupCommit<Long, Void> processed;

    public InboxStore(Pool pool) {
        this.pool = pool;
        this.inserts = new InboxInserts(pool);
        this.processed = new GroupCommit<>(2, 256, ids -> pool
                .preparedQuery("UPDATE inbox_activities SET processed_at = now(), last_error = NULL WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(new Long[0])))
                .map(rows -> Collections.<AsyncResult<Void>>nCopies(ids.size(), Future.succeededFuture())));
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
                        + " WHERE id = ANY(ARRAY(SELECT id FROM inbox_activities WHERE processed_at IS NULL"
                        + " AND process_after <= now() ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED))"
                        + " RETURNING id, activity_id, actor_uri, type, payload, attempts")
                .execute(Tuple.of(limit, (double) lease.toSeconds()))
                .map(rows -> {
                    List<InboxRow> claimed = new ArrayList<>();
                    rows.forEach(row -> claimed.add(new InboxRow(row.getLong(0), row.getString(1), row.getString(2),
                            row.getString(3), row.getString(4), row.getInteger(5))));
                    claimed.sort((a, b) -> Long.compare(a.id(), b.id()));
                    return claimed;
                });
    }

    /**
     * Finishes a row; {@code error} is kept when it ended in failure (null otherwise). Rows that succeeded are
     * finished together with others finishing at the same time.
     */
    public Future<Void> markProcessed(long id, String error) {
        if (error == null) {
            return processed.submit(id);
        }
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

    /** Deletes rows processed longer ago than {@code keep}, a batch at a time; answers how many went. */
    public Future<Integer> forgetProcessed(Duration keep) {
        return pool.preparedQuery("DELETE FROM inbox_activities WHERE id IN (SELECT id FROM inbox_activities"
                        + " WHERE processed_at < now() - make_interval(secs => $1) LIMIT 10000)")
                .execute(Tuple.of((double) keep.toSeconds()))
                .compose(rows -> rows.rowCount() < 10_000 ? Future.succeededFuture(rows.rowCount())
                        : forgetProcessed(keep).map(more -> rows.rowCount() + more));
    }
}
