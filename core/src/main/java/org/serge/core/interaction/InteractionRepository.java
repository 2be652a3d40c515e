package org.serge.core.interaction;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.core.id.Snowflake;
import org.serge.core.notification.NewNotification;
import org.serge.core.streaming.EventPublisher;
import org.serge.core.streaming.StreamEvent;

/** SQL over favourites, blocks, reports and notifications. */
public final class InteractionRepository {

    private final Pool pool;

    public InteractionRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Boolean> insertFavourite(long accountId, long statusId, String uri) {
        return pool.preparedQuery("INSERT INTO favourites (id, account_id, status_id, uri) VALUES ($1, $2, $3, $4)"
                        + " ON CONFLICT (account_id, status_id) DO NOTHING")
                .execute(Tuple.of(Snowflake.next(), accountId, statusId, uri))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Removes a favourite and returns its Like activity id. */
    public Future<Optional<String>> deleteFavourite(long accountId, long statusId) {
        return pool.preparedQuery("DELETE FROM favourites WHERE account_id = $1 AND status_id = $2 RETURNING uri")
                .execute(Tuple.of(accountId, statusId))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.ofNullable(rows.iterator().next().getString(0)));
    }

    public Future<Optional<Long>> deleteFavouriteByUri(String uri, long accountId) {
        return pool.preparedQuery("DELETE FROM favourites WHERE uri = $1 AND account_id = $2 RETURNING status_id")
                .execute(Tuple.of(uri, accountId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getLong(0)));
    }

    public Future<Long> countFavourites(long statusId) {
        return pool.preparedQuery("SELECT count(*) FROM favourites WHERE status_id = $1")
                .execute(Tuple.of(statusId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Future<Boolean> insertBlock(long accountId, long targetId, String uri) {
        return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO blocks (id, account_id, target_account_id, uri)"
                                + " VALUES ($1, $2, $3, $4) ON CONFLICT (account_id, target_account_id) DO NOTHING")
                        .execute(Tuple.of(Snowflake.next(), accountId, targetId, uri))
                        // a block ends follows both ways, as on Mastodon
                        .compose(inserted -> tx.preparedQuery("DELETE FROM follows WHERE (account_id = $1 AND"
                                        + " target_account_id = $2) OR (account_id = $2 AND target_account_id = $1)")
                                .execute(Tuple.of(accountId, targetId))
                                .compose(r -> tx.preparedQuery("DELETE FROM follow_requests WHERE (account_id = $1 AND"
                                                + " target_account_id = $2) OR (account_id = $2 AND target_account_id = $1)")
                                        .execute(Tuple.of(accountId, targetId)))
                                .map(inserted.rowCount() > 0)));
    }

    public Future<Optional<String>> deleteBlock(long accountId, long targetId) {
        return pool.preparedQuery("DELETE FROM blocks WHERE account_id = $1 AND target_account_id = $2 RETURNING uri")
                .execute(Tuple.of(accountId, targetId))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.ofNullable(rows.iterator().next().getString(0)));
    }

    /** Whether either account blocks the other, or a member of the two blocks the other's domain. */
    public Future<Boolean> blockedEitherWay(long a, long b) {
        return pool.preparedQuery("SELECT 1 FROM blocks WHERE (account_id = $1 AND target_account_id = $2)"
                        + " OR (account_id = $2 AND target_account_id = $1)"
                        + " UNION ALL SELECT 1 FROM account_domain_blocks d"
                        + " JOIN accounts t ON d.domain = lower(t.domain)"
                        + " WHERE (d.account_id = $1 AND t.id = $2) OR (d.account_id = $2 AND t.id = $1)")
                .execute(Tuple.of(a, b))
                .map(rows -> rows.size() > 0);
    }

    public Future<Void> insertReport(long reporterId, long targetId, List<Long> statusIds, String comment, String uri) {
        return pool.preparedQuery("INSERT INTO reports (id, account_id, target_account_id, status_ids, comment, uri)"
                        + " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (uri) DO NOTHING")
                .execute(Tuple.of(Snowflake.next(), reporterId, targetId, statusIds.toArray(new Long[0]),
                        comment == null ? "" : comment, uri))
                .mapEmpty();
    }

    /** Stores a notification and, in the same statement, tells streaming clients of every process about it. */
    public Future<Void> notify(long accountId, long fromAccountId, String type, Long statusId) {
        return notifyAll(pool, List.of(new NewNotification(accountId, fromAccountId, type, statusId)));
    }

    /**
     * Stores notifications and tells streaming clients of every process about each, through {@code client}: a
     * transaction's, so that they go with the change they tell of (the streams hear of them at its commit).
     */
    public static Future<Void> notifyAll(SqlClient client, List<NewNotification> notifications) {
        if (notifications.isEmpty()) {
            return Future.succeededFuture();
        }
        List<Tuple> rows = new ArrayList<>(notifications.size());
        for (NewNotification n : notifications) {
            long id = Snowflake.next();
            rows.add(Tuple.from(new Object[]{id, n.accountId(), n.fromAccountId(), n.type(), n.statusId(),
                    EventPublisher.CHANNEL, StreamEvent.notification(id, n.accountId()).toJson()}));
        }
        String sql = "WITH n AS (INSERT INTO notifications (id, account_id, from_account_id, type, status_id)"
                + " VALUES ($1, $2, $3, $4, $5) RETURNING id) SELECT pg_notify($6, $7)::text FROM n";
        return (rows.size() == 1 ? client.preparedQuery(sql).execute(rows.get(0))
                : client.preparedQuery(sql).executeBatch(rows)).mapEmpty();
    }
}
