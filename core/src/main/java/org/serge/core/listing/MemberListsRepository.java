package org.serge.core.listing;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.paging.PageSql;
import org.serge.core.paging.PagedResult;
import org.serge.core.timeline.Page;

/**
 * A member's own lists that Mastodon pages by the id of the row behind each item: the accounts they block or mute
 * and the statuses they favourited or bookmarked.
 */
public final class MemberListsRepository {

    private final Pool pool;

    public MemberListsRepository(Pool pool) {
        this.pool = pool;
    }

    /** Ids of the accounts a member blocks, newest block first. */
    public Future<PagedResult<Long>> blockedAccountIds(long accountId, Page page) {
        return idsPaged("SELECT b.id, b.target_account_id FROM blocks b WHERE b.account_id = $1"
                + PageSql.clause(page, "b.id", 2), accountId, page);
    }

    /** Ids of the statuses a member favourited, newest favourite first. */
    public Future<PagedResult<Long>> favouritedStatusIds(long accountId, Page page) {
        return idsPaged("SELECT f.id, f.status_id FROM favourites f WHERE f.account_id = $1"
                + PageSql.clause(page, "f.id", 2), accountId, page);
    }

    /** Ids of the statuses a member bookmarked, newest bookmark first. */
    public Future<PagedResult<Long>> bookmarkedStatusIds(long accountId, Page page) {
        return idsPaged("SELECT b.id, b.status_id FROM bookmarks b WHERE b.account_id = $1"
                + PageSql.clause(page, "b.id", 2), accountId, page);
    }

    /** Ids of the accounts a member mutes (mutes past their expiry left out), newest mute first. */
    public Future<PagedResult<Long>> mutedAccountIds(long accountId, Page page) {
        return idsPaged("SELECT m.id, m.target_account_id FROM mutes m WHERE m.account_id = $1"
                + " AND (m.expires_at IS NULL OR m.expires_at > now())"
                + PageSql.clause(page, "m.id", 2), accountId, page);
    }

    private Future<PagedResult<Long>> idsPaged(String sql, long accountId, Page page) {
        return pool.preparedQuery(sql).execute(PageSql.params(page, Tuple.of(accountId))).map(rows -> {
            List<Long> pagingIds = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            rows.forEach(row -> {
                pagingIds.add(row.getLong(0));
                ids.add(row.getLong(1));
            });
            return PagedResult.of(page, ids, pagingIds);
        });
    }
}
