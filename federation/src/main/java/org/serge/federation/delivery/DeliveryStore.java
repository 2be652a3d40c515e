package org.serge.federation.delivery;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.serge.core.db.GroupCommit;

/**
 * SQL of the delivery workers. A claim sets claimed_until, so that rows claimed by a process that died are
 * claimed again once it has passed; FOR UPDATE SKIP LOCKED lets any number of processes claim at once. The claimed
 * ids go to the UPDATE as an array: written as {@code id IN (SELECT ...)}, PostgreSQL joins the subquery by hashing
 * and reads the whole queue table for every claim.
 */
public final class DeliveryStore {

    private static final String CLAIM = "WITH claimed AS (UPDATE deliveries"
            + " SET claimed_until = now() + make_interval(secs => $3)"
            + " WHERE id = ANY(ARRAY(SELECT id FROM deliveries WHERE next_attempt_at <= now()"
            + " AND (claimed_until IS NULL OR claimed_until < now()) AND host <> ALL($2)"
            + " ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED))"
            + " RETURNING id, activity_id, inbox_url, host, attempts, created_at)"
            + " SELECT c.id, c.activity_id, c.inbox_url, c.host, c.attempts, c.created_at, a.signer_account_id,"
            + " a.payload FROM claimed c JOIN outgoing_activities a ON a.id = c.activity_id ORDER BY c.id";

    /** Deletes the rows, and their activities when no other row needs them. */
    private static final String FINISH = "WITH gone AS (DELETE FROM deliveries WHERE id = ANY($1) RETURNING activity_id)"
            + " DELETE FROM outgoing_activities a WHERE a.id IN (SELECT activity_id FROM gone)"
            + " AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.activity_id = a.id AND d.id <> ALL($1))";

    /**
     * Rows finished at once: one statement per batch, not per delivery. A finished row waits a little for others
     * (nobody waits on it but the worker's slot): at a thousand deliveries a second, a statement per row costs the
     * database more than the deliveries' other work.
     */
    static final int FINISH_BATCH = 256;
    static final int FINISH_STATEMENTS = 1;
    static final Duration FINISH_LINGER = Duration.ofMillis(10);

    private final Pool pool;
    private final GroupCommit<Long, Void> finishes;

    public DeliveryStore(Pool pool) {
        this.pool = pool;
        this.finishes = new GroupCommit<>(FINISH_STATEMENTS, FINISH_BATCH, FINISH_LINGER, this::finishAll);
    }

    /** Claims up to {@code limit} due rows, leaving out those of the given hosts. */
    public Future<List<ClaimedDelivery>> claim(int limit, Collection<String> skippedHosts, Duration claim) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(limit, skippedHosts.toArray(new String[0]), claim.toMillis() / 1000.0))
                .map(rows -> {
                    List<ClaimedDelivery> claimed = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        claimed.add(new ClaimedDelivery(row.getLong("id"), row.getLong("activity_id"),
                                row.getLong("signer_account_id"), row.getString("inbox_url"), row.getString("host"),
                                row.getInteger("attempts"), row.getOffsetDateTime("created_at"),
                                row.getString("payload")));
                    }
                    return claimed;
                });
    }

    /** Gives claimed rows back untouched (the worker could not start them now). */
    public Future<Void> release(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Future.succeededFuture();
        }
        return pool.preparedQuery("UPDATE deliveries SET claimed_until = NULL WHERE id = ANY($1)")
                .execute(Tuple.of(ids.toArray(new Long[0])))
                .mapEmpty();
    }

    /** Delivered, refused for good, or given up: the row goes (with other rows finishing at the same time). */
    public Future<Void> finish(long id) {
        return finishes.submit(id);
    }

    private Future<List<AsyncResult<Void>>> finishAll(List<Long> ids) {
        return pool.preparedQuery(FINISH).execute(Tuple.of(ids.toArray(new Long[0])))
                .map(rows -> Collections.<AsyncResult<Void>>nCopies(ids.size(), Future.succeededFuture()));
    }

    public Future<Void> retry(long id, OffsetDateTime next, Integer lastStatus, String lastError) {
        return pool.preparedQuery("UPDATE deliveries SET attempts = attempts + 1, next_attempt_at = $2,"
                        + " claimed_until = NULL, last_status = $3, last_error = $4 WHERE id = $1")
                .execute(Tuple.of(id, next, lastStatus, lastError))
                .mapEmpty();
    }

    /** Activities whose rows are all gone (two rows of one activity finishing at once can leave one). */
    public Future<Integer> sweepOrphans() {
        return pool.query("DELETE FROM outgoing_activities a WHERE a.created_at < now() - interval '10 minutes'"
                        + " AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.activity_id = a.id)")
                .execute()
                .map(rows -> rows.rowCount());
    }
}
