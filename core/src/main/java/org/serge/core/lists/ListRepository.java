package org.serge.core.lists;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.core.id.Snowflake;
import org.serge.core.paging.PageSql;
import org.serge.core.paging.PagedResult;
import org.serge.core.timeline.Page;

/** SQL over lists and their members. Every read and change is scoped to the list's owner. */
public final class ListRepository {

    private static final String COLUMNS = "l.id, l.account_id, l.title, l.replies_policy, l.exclusive";

    private final Pool pool;

    public ListRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<MemberList> insert(long ownerId, String title, String repliesPolicy, boolean exclusive) {
        return pool.preparedQuery("INSERT INTO lists (id, account_id, title, replies_policy, exclusive)"
                        + " VALUES ($1, $2, $3, $4, $5) RETURNING id, account_id, title, replies_policy, exclusive")
                .execute(Tuple.of(Snowflake.next(), ownerId, title, repliesPolicy, exclusive))
                .map(rows -> list(rows.iterator().next()));
    }

    public Future<Optional<MemberList>> update(long ownerId, long id, String title, String repliesPolicy,
                                               boolean exclusive) {
        return pool.preparedQuery("UPDATE lists l SET title = $3, replies_policy = $4, exclusive = $5"
                        + " WHERE l.account_id = $1 AND l.id = $2 RETURNING " + COLUMNS)
                .execute(Tuple.of(ownerId, id, title, repliesPolicy, exclusive))
                .map(ListRepository::first);
    }

    public Future<Boolean> delete(long ownerId, long id) {
        return pool.preparedQuery("DELETE FROM lists WHERE account_id = $1 AND id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(rows -> rows.rowCount() > 0);
    }

    public Future<Optional<MemberList>> find(long ownerId, long id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM lists l WHERE l.account_id = $1 AND l.id = $2")
                .execute(Tuple.of(ownerId, id))
                .map(ListRepository::first);
    }

    public Future<List<MemberList>> all(long ownerId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM lists l WHERE l.account_id = $1 ORDER BY l.id")
                .execute(Tuple.of(ownerId))
                .map(ListRepository::lists);
    }

    /** The owner's lists that hold the account. */
    public Future<List<MemberList>> containing(long ownerId, long accountId) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM lists l JOIN list_accounts la ON la.list_id = l.id"
                        + " WHERE l.account_id = $1 AND la.account_id = $2 ORDER BY l.id")
                .execute(Tuple.of(ownerId, accountId))
                .map(ListRepository::lists);
    }

    public Future<Long> count(long ownerId) {
        return pool.preparedQuery("SELECT count(*) FROM lists WHERE account_id = $1")
                .execute(Tuple.of(ownerId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Of these accounts, those the owner follows or asked to follow (the only ones a list may hold). */
    public Future<List<Long>> followedOrRequested(long ownerId, List<Long> accountIds) {
        return pool.preparedQuery("SELECT a.id FROM unnest($2::bigint[]) a(id) WHERE"
                        + " EXISTS (SELECT 1 FROM follows f WHERE f.account_id = $1 AND f.target_account_id = a.id)"
                        + " OR EXISTS (SELECT 1 FROM follow_requests r WHERE r.account_id = $1"
                        + " AND r.target_account_id = a.id)")
                .execute(Tuple.of(ownerId, (Object) accountIds.toArray(new Long[0])))
                .map(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return ids;
                });
    }

    /** Adds accounts; those already in the list stay as they were. */
    public Future<Void> addAccounts(long listId, List<Long> accountIds) {
        List<Tuple> rows = new ArrayList<>();
        accountIds.forEach(id -> rows.add(Tuple.of(Snowflake.next(), listId, id)));
        return rows.isEmpty() ? Future.succeededFuture()
                : pool.preparedQuery("INSERT INTO list_accounts (id, list_id, account_id) VALUES ($1, $2, $3)"
                        + " ON CONFLICT (list_id, account_id) DO NOTHING").executeBatch(rows).mapEmpty();
    }

    public Future<Void> removeAccounts(long listId, List<Long> accountIds) {
        return pool.preparedQuery("DELETE FROM list_accounts WHERE list_id = $1 AND account_id = ANY($2)")
                .execute(Tuple.of(listId, (Object) accountIds.toArray(new Long[0])))
                .mapEmpty();
    }

    /** The list's accounts, newest addition first, paged by the membership row's id. */
    public Future<PagedResult<Long>> accountIds(long listId, Page page) {
        return pool.preparedQuery("SELECT la.id, la.account_id FROM list_accounts la WHERE la.list_id = $1"
                        + PageSql.clause(page, "la.id", 2))
                .execute(PageSql.params(page, Tuple.of(listId)))
                .map(rows -> {
                    List<Long> keys = new ArrayList<>();
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(row -> {
                        keys.add(row.getLong(0));
                        ids.add(row.getLong(1));
                    });
                    return PagedResult.of(page, ids, keys);
                });
    }

    /** The ids of the owner's lists that hold the account (for the list streams). */
    public Future<List<Long>> listIdsHolding(long ownerId, long accountId) {
        return containing(ownerId, accountId).map(lists -> lists.stream().map(MemberList::id).toList());
    }

    private static Optional<MemberList> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(list(rows.iterator().next()));
    }

    private static List<MemberList> lists(RowSet<Row> rows) {
        List<MemberList> lists = new ArrayList<>();
        rows.forEach(row -> lists.add(list(row)));
        return lists;
    }

    private static MemberList list(Row row) {
        return new MemberList(row.getLong("id"), row.getLong("account_id"), row.getString("title"),
                row.getString("replies_policy"), row.getBoolean("exclusive"));
    }
}
