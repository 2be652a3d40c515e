package org.serge.core.bookmark;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.serge.core.id.Snowflake;

/** SQL over bookmarks (listing them is in MemberListsRepository, with favourites). */
public final class BookmarkRepository {

    private final Pool pool;

    public BookmarkRepository(Pool pool) {
        this.pool = pool;
    }

    /** Bookmarks a status; bookmarking it again changes nothing. */
    public Future<Void> add(long accountId, long statusId) {
        return pool.preparedQuery("INSERT INTO bookmarks (id, account_id, status_id) VALUES ($1, $2, $3)"
                        + " ON CONFLICT (account_id, status_id) DO NOTHING")
                .execute(Tuple.of(Snowflake.next(), accountId, statusId))
                .mapEmpty();
    }

    public Future<Void> remove(long accountId, long statusId) {
        return pool.preparedQuery("DELETE FROM bookmarks WHERE account_id = $1 AND status_id = $2")
                .execute(Tuple.of(accountId, statusId))
                .mapEmpty();
    }
}
