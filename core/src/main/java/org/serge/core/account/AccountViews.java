package org.serge.core.account;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Loads accounts with their counts for the client API: one query for any number of accounts. */
public final class AccountViews {

    private static final String SELECT = "SELECT " + AccountRowMapper.ACCOUNT_COLUMNS + ", a.discoverable,"
            + " (SELECT count(*) FROM follows f WHERE f.target_account_id = a.id) AS followers_count,"
            + " (SELECT count(*) FROM follows f WHERE f.account_id = a.id) AS following_count,"
            + " (SELECT count(*) FROM statuses s WHERE s.account_id = a.id) AS statuses_count,"
            + " (SELECT s.created_at FROM statuses s WHERE s.account_id = a.id ORDER BY s.id DESC LIMIT 1)"
            + " AS last_status_at FROM accounts a ";

    private final Pool pool;

    public AccountViews(Pool pool) {
        this.pool = pool;
    }

    /** The accounts with these ids by id; unknown ids are left out. */
    public Future<Map<Long, AccountView>> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        Long[] distinct = new LinkedHashSet<>(ids).toArray(new Long[0]);
        return pool.preparedQuery(SELECT + "WHERE a.id = ANY($1)")
                .execute(Tuple.of(distinct))
                .map(rows -> {
                    Map<Long, AccountView> views = new HashMap<>();
                    rows.forEach(row -> {
                        AccountView view = view(row);
                        views.put(view.id(), view);
                    });
                    return views;
                });
    }

    /** The accounts in the order of the ids given; unknown ids are left out. */
    public Future<List<AccountView>> loadInOrder(List<Long> ids) {
        return load(ids).map(views -> {
            List<AccountView> ordered = new ArrayList<>(ids.size());
            ids.forEach(id -> {
                if (views.containsKey(id)) {
                    ordered.add(views.get(id));
                }
            });
            return ordered;
        });
    }

    public Future<Optional<AccountView>> find(long id) {
        return load(List.of(id)).map(views -> Optional.ofNullable(views.get(id)));
    }

    /** A local account by username, or a remote one by username and domain (case-insensitive). */
    public Future<Optional<AccountView>> findByHandle(String username, String domain) {
        String where = domain == null ? "WHERE a.domain IS NULL AND lower(a.username) = lower($1)"
                : "WHERE lower(a.username) = lower($1) AND lower(a.domain) = lower($2)";
        Tuple params = domain == null ? Tuple.of(username) : Tuple.of(username, domain);
        return pool.preparedQuery(SELECT + where).execute(params)
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(view(rows.iterator().next())));
    }

    private static AccountView view(Row row) {
        return new AccountView(AccountRowMapper.account(row), row.getBoolean("discoverable"),
                row.getLong("followers_count"), row.getLong("following_count"), row.getLong("statuses_count"),
                row.getOffsetDateTime("last_status_at"));
    }
}
