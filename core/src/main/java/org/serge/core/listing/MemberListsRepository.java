package org.serge.core.listing;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.paging.Page;
import org.serge.core.paging.PageRequest;

/**
 * A member's own lists that Mastodon pages by the id of the row behind each item: the accounts they block and the
 * statuses they favourited.
 */
public final class MemberListsRepository {

    private final Pool pool;

    public MemberListsRepository(Pool pool) {
        this.pool = pool;
    }

    /** Ids of the accounts a member blocks, newest block first. */
    public Future<Page<Long>> blockedAccountIds(long accountId, PageRequest page) {
        return idsPaged("SELECT b.id, b.target_account_id FROM blocks b WHERE b.account_id = $1"
                + page.sql("b.id", 2), accountId, page);
    }

    /** Ids of the statuses a member favourited, newest favourite first. */
    public Future<Page<Long>> favouritedStatusIds(long accountId, PageRequest page) {
        return idsPaged("SELECT f.id, f.status_id FROM favourites f WHERE f.account_id = $1"
                + page.sql("f.id", 2), accountId, page);
    }

    private Future<Page<Long>> idsPaged(String sql, long accountId, PageRequest page) {
        Tuple params = Tuple.of(accountId);
        for (Object param : page.params()) {
            params.addValue(param);
        }
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<Long> pagingIds = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            rows.forEach(row -> {
                pagingIds.add(row.getLong(0));
                ids.add(row.getLong(1));
            });
            return Page.of(page, ids, pagingIds);
        });
    }
}
