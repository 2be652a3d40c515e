package org.serge.core.notification;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.core.moderation.AccountDomainBlockSql;
import org.serge.core.mute.MuteSql;
import org.serge.core.paging.PageSql;
import org.serge.core.paging.PagedResult;

/**
 * SQL over a member's notifications (rows are written by the services and the inbox handlers). Notifications from
 * accounts the member blocks, or mutes with their notifications, or whose domain the member blocks, are never
 * listed.
 */
public final class NotificationRepository {

    private static final String COLUMNS = "n.id, n.account_id, n.from_account_id, n.type, n.status_id, n.created_at";
    private static final String NOT_BLOCKED = " AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = n.account_id"
            + " AND b.target_account_id = n.from_account_id)"
            + " AND NOT " + MuteSql.mutesNotifications("n.account_id", "n.from_account_id")
            + " AND NOT " + AccountDomainBlockSql.blocksDomainOf("n.account_id", "n.from_account_id");

    private final Pool pool;

    public NotificationRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<PagedResult<Notification>> page(long accountId, NotificationQuery query) {
        String sql = "SELECT " + COLUMNS + " FROM notifications n WHERE n.account_id = $1" + NOT_BLOCKED
                + " AND (cardinality($2::text[]) = 0 OR n.type = ANY($2))"
                + " AND NOT (n.type = ANY($3::text[]))"
                + " AND ($4::bigint IS NULL OR n.from_account_id = $4)"
                + PageSql.clause(query.page(), "n.id", 5);
        Tuple params = PageSql.params(query.page(), Tuple.of(accountId, query.types().toArray(new String[0]),
                query.excludeTypes().toArray(new String[0]), query.fromAccountId()));
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<Notification> found = all(rows);
            return PagedResult.of(query.page(), found, found.stream().map(Notification::id).toList());
        });
    }

    /**
     * How many notifications (of the types asked, none of the excluded) are newer than the member's notifications
     * marker (all of them without a marker), counting at most {@code limit}.
     */
    public Future<Integer> unreadCount(long accountId, java.util.Set<String> types, java.util.Set<String> excludeTypes,
                                       int limit) {
        String sql = "SELECT count(*) FROM (SELECT 1 FROM notifications n WHERE n.account_id = $1" + NOT_BLOCKED
                + " AND (cardinality($2::text[]) = 0 OR n.type = ANY($2))"
                + " AND NOT (n.type = ANY($3::text[]))"
                + " AND n.id > coalesce((SELECT m.last_read_id FROM markers m WHERE m.account_id = $1"
                + " AND m.timeline = 'notifications'), 0)"
                + " ORDER BY n.id DESC LIMIT $4) unread";
        return pool.preparedQuery(sql)
                .execute(Tuple.of(accountId, types.toArray(new String[0]), excludeTypes.toArray(new String[0]), limit))
                .map(rows -> rows.iterator().next().getLong(0).intValue());
    }

    public Future<Optional<Notification>> find(long accountId, long id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM notifications n WHERE n.account_id = $1 AND n.id = $2"
                        + NOT_BLOCKED)
                .execute(Tuple.of(accountId, id))
                .map(rows -> {
                    List<Notification> found = all(rows);
                    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
                });
    }

    public Future<Boolean> dismiss(long accountId, long id) {
        return pool.preparedQuery("DELETE FROM notifications WHERE account_id = $1 AND id = $2")
                .execute(Tuple.of(accountId, id))
                .map(rows -> rows.rowCount() > 0);
    }

    public Future<Void> clear(long accountId) {
        return pool.preparedQuery("DELETE FROM notifications WHERE account_id = $1")
                .execute(Tuple.of(accountId))
                .mapEmpty();
    }

    private static List<Notification> all(RowSet<Row> rows) {
        List<Notification> found = new ArrayList<>(rows.size());
        rows.forEach(row -> found.add(new Notification(row.getLong("id"), row.getLong("account_id"),
                row.getLong("from_account_id"), row.getString("type"), row.getLong("status_id"),
                row.getOffsetDateTime("created_at"))));
        return found;
    }
}
