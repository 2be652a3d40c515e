package org.serge.core.pin;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRepository;

/** SQL over the statuses members pin to their profiles. */
public final class StatusPinRepository {

    private final Pool pool;
    private final StatusRepository statuses;

    public StatusPinRepository(Pool pool) {
        this.pool = pool;
        this.statuses = new StatusRepository(pool);
    }

    /**
     * Pins a status for its author, at most {@code max} pins per account, under the account row's lock so that two
     * pins at once can't pass the cap. Pinning a pinned status again changes nothing. True when it was pinned now.
     */
    public Future<Boolean> pin(long accountId, long statusId, int max) {
        return pool.withTransaction(tx -> tx.preparedQuery("SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE")
                .execute(Tuple.of(accountId))
                .compose(locked -> tx.preparedQuery("SELECT count(*) AS pins, count(*) FILTER (WHERE status_id = $2)"
                                + " AS this FROM status_pins WHERE account_id = $1")
                        .execute(Tuple.of(accountId, statusId)))
                .compose(rows -> {
                    Row row = rows.iterator().next();
                    if (row.getLong("this") > 0) {
                        return Future.succeededFuture(false);
                    }
                    if (row.getLong("pins") >= max) {
                        return Future.failedFuture(ServiceException.unprocessable(
                                "You have already pinned the maximum number of statuses"));
                    }
                    return tx.preparedQuery("INSERT INTO status_pins (id, account_id, status_id) VALUES ($1, $2, $3)"
                                    + " ON CONFLICT DO NOTHING")
                            .execute(Tuple.of(Snowflake.next(), accountId, statusId))
                            .map(inserted -> inserted.rowCount() > 0);
                }));
    }

    /** True when the status was pinned until now. */
    public Future<Boolean> unpin(long accountId, long statusId) {
        return pool.preparedQuery("DELETE FROM status_pins WHERE account_id = $1 AND status_id = $2")
                .execute(Tuple.of(accountId, statusId)).map(deleted -> deleted.rowCount() > 0);
    }

    /** An account's pinned statuses, the latest pinned first. */
    public Future<List<Status>> pinned(long accountId) {
        return statuses.pinnedBy(accountId);
    }
}
