package org.serge.core.filter;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL over filters and their keywords; every read and change is scoped to the filter's owner. */
public final class FilterRepository {

    private static final String SELECT = "SELECT f.id, f.account_id, f.title, f.contexts, f.filter_action,"
            + " f.expires_at, k.id AS keyword_id, k.keyword, k.whole_word FROM filters f"
            + " LEFT JOIN filter_keywords k ON k.filter_id = f.id WHERE f.account_id = $1";

    private final Pool pool;

    public FilterRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<List<Filter>> all(long ownerId) {
        return pool.preparedQuery(SELECT + " ORDER BY f.id, k.id").execute(Tuple.of(ownerId))
                .map(FilterRepository::filters);
    }

    /** The owner's filters that have not expired: what statuses are matched against. */
    public Future<List<Filter>> active(long ownerId) {
        return pool.preparedQuery(SELECT + " AND (f.expires_at IS NULL OR f.expires_at > now()) ORDER BY f.id, k.id")
                .execute(Tuple.of(ownerId))
                .map(FilterRepository::filters);
    }

    public Future<Optional<Filter>> find(long ownerId, long id) {
        return pool.preparedQuery(SELECT + " AND f.id = $2 ORDER BY k.id").execute(Tuple.of(ownerId, id))
                .map(rows -> filters(rows).stream().findFirst());
    }

    public Future<Long> count(long ownerId) {
        return pool.preparedQuery("SELECT count(*) FROM filters WHERE account_id = $1").execute(Tuple.of(ownerId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Stores a filter as given (its keywords with their ids), replacing the one with its id if any. */
    public Future<Void> save(Filter filter, List<Long> removedKeywordIds) {
        return pool.withTransaction(tx -> tx.preparedQuery("INSERT INTO filters (id, account_id, title, contexts,"
                                + " filter_action, expires_at) VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO UPDATE"
                                + " SET title = EXCLUDED.title, contexts = EXCLUDED.contexts,"
                                + " filter_action = EXCLUDED.filter_action, expires_at = EXCLUDED.expires_at"
                                + " WHERE filters.account_id = EXCLUDED.account_id")
                        .execute(Tuple.of(filter.id(), filter.accountId(), filter.title(),
                                filter.contexts().toArray(new String[0]), filter.action(), filter.expiresAt()))
                        .compose(r -> removedKeywordIds.isEmpty() ? Future.succeededFuture()
                                : tx.preparedQuery("DELETE FROM filter_keywords WHERE filter_id = $1 AND id = ANY($2)")
                                .execute(Tuple.of(filter.id(), (Object) removedKeywordIds.toArray(new Long[0]))).mapEmpty())
                        .compose(r -> keywords(tx, filter)))
                .mapEmpty();
    }

    public Future<Boolean> delete(long ownerId, long id) {
        return pool.preparedQuery("DELETE FROM filters WHERE account_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() > 0);
    }

    private static Future<Void> keywords(SqlClient tx, Filter filter) {
        if (filter.keywords().isEmpty()) {
            return Future.succeededFuture();
        }
        List<Tuple> rows = new ArrayList<>();
        filter.keywords().forEach(k -> rows.add(Tuple.of(k.id(), filter.id(), k.keyword(), k.wholeWord())));
        return tx.preparedQuery("INSERT INTO filter_keywords (id, filter_id, keyword, whole_word)"
                        + " VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET keyword = EXCLUDED.keyword,"
                        + " whole_word = EXCLUDED.whole_word WHERE filter_keywords.filter_id = EXCLUDED.filter_id")
                .executeBatch(rows)
                .mapEmpty();
    }

    private static List<Filter> filters(RowSet<Row> rows) {
        Map<Long, Row> heads = new LinkedHashMap<>();
        Map<Long, List<FilterKeyword>> keywords = new LinkedHashMap<>();
        rows.forEach(row -> {
            long id = row.getLong("id");
            heads.putIfAbsent(id, row);
            List<FilterKeyword> list = keywords.computeIfAbsent(id, k -> new ArrayList<>());
            if (row.getLong("keyword_id") != null) {
                list.add(new FilterKeyword(row.getLong("keyword_id"), row.getString("keyword"),
                        row.getBoolean("whole_word")));
            }
        });
        List<Filter> filters = new ArrayList<>();
        heads.forEach((id, row) -> {
            OffsetDateTime expires = row.getOffsetDateTime("expires_at");
            filters.add(new Filter(id, row.getLong("account_id"), row.getString("title"),
                    List.of(row.getArrayOfStrings("contexts")), row.getString("filter_action"), expires,
                    keywords.get(id)));
        });
        return filters;
    }
}
