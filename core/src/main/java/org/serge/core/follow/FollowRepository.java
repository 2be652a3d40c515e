package org.serge.core.follow;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.core.id.Snowflake;

/** SQL over follows and follow requests. */
public final class FollowRepository {

    private final Pool pool;

    public FollowRepository(Pool pool) {
        this.pool = pool;
    }

    /** Records a pending request; returns false when one exists already. */
    public Future<Boolean> insertRequest(long followerId, long targetId, String uri) {
        return pool.preparedQuery("INSERT INTO follow_requests (id, account_id, target_account_id, uri)"
                        + " VALUES ($1, $2, $3, $4) ON CONFLICT (account_id, target_account_id) DO NOTHING")
                .execute(Tuple.of(Snowflake.next(), followerId, targetId, uri))
                .map(rows -> rows.rowCount() > 0);
    }

    /** Removes a pending request and returns its Follow activity id, when there was one. */
    public Future<Optional<FollowEdge>> deleteRequest(long followerId, long targetId) {
        return pool.preparedQuery("DELETE FROM follow_requests WHERE account_id = $1 AND target_account_id = $2"
                        + " RETURNING account_id, target_account_id, uri")
                .execute(Tuple.of(followerId, targetId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(edge(rows.iterator().next())));
    }

    public Future<Optional<FollowEdge>> findRequest(long followerId, long targetId) {
        return pool.preparedQuery("SELECT account_id, target_account_id, uri FROM follow_requests"
                        + " WHERE account_id = $1 AND target_account_id = $2")
                .execute(Tuple.of(followerId, targetId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(edge(rows.iterator().next())));
    }

    /** Records an accepted follow (and drops the request it answers); returns false when it existed already. */
    public Future<Boolean> insertFollow(long followerId, long targetId, String uri) {
        return pool.withTransaction(tx -> tx.preparedQuery("DELETE FROM follow_requests"
                                + " WHERE account_id = $1 AND target_account_id = $2")
                        .execute(Tuple.of(followerId, targetId))
                        .compose(r -> tx.preparedQuery("INSERT INTO follows (id, account_id, target_account_id, uri)"
                                        + " VALUES ($1, $2, $3, $4) ON CONFLICT (account_id, target_account_id) DO NOTHING")
                                .execute(Tuple.of(Snowflake.next(), followerId, targetId, uri))))
                .map(rows -> rows.rowCount() > 0);
    }

    public Future<Optional<FollowEdge>> deleteFollow(long followerId, long targetId) {
        return pool.preparedQuery("DELETE FROM follows WHERE account_id = $1 AND target_account_id = $2"
                        + " RETURNING account_id, target_account_id, uri")
                .execute(Tuple.of(followerId, targetId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(edge(rows.iterator().next())));
    }

    public Future<Boolean> isFollowing(long followerId, long targetId) {
        return pool.preparedQuery("SELECT 1 FROM follows WHERE account_id = $1 AND target_account_id = $2")
                .execute(Tuple.of(followerId, targetId))
                .map(rows -> rows.size() > 0);
    }

    /** Whether any account on the given domain follows the account (for followers-only fetches by a server). */
    public Future<Boolean> hasFollowerOnDomain(long targetId, String domain) {
        return pool.preparedQuery("SELECT 1 FROM follows f JOIN accounts a ON a.id = f.account_id"
                        + " WHERE f.target_account_id = $1 AND lower(a.domain) = lower($2) LIMIT 1")
                .execute(Tuple.of(targetId, domain))
                .map(rows -> rows.size() > 0);
    }

    /** The distinct inboxes of an account's remote followers, shared inboxes standing in for their users. */
    public Future<List<String>> remoteFollowerInboxes(long targetId) {
        return pool.preparedQuery("SELECT DISTINCT coalesce(a.shared_inbox_url, a.inbox_url) FROM follows f"
                        + " JOIN accounts a ON a.id = f.account_id WHERE f.target_account_id = $1"
                        + " AND a.domain IS NOT NULL AND coalesce(a.shared_inbox_url, a.inbox_url) IS NOT NULL")
                .execute(Tuple.of(targetId))
                .map(rows -> {
                    List<String> inboxes = new ArrayList<>();
                    rows.forEach(row -> inboxes.add(row.getString(0)));
                    return inboxes;
                });
    }

    /** One page of follower (or followed) account ids, newest follow first, below the given follow id. */
    public Future<List<FollowPageEntry>> page(long accountId, boolean followers, Long maxFollowId, int limit) {
        String mine = followers ? "target_account_id" : "account_id";
        String theirs = followers ? "account_id" : "target_account_id";
        return pool.preparedQuery("SELECT id, " + theirs + " FROM follows WHERE " + mine + " = $1"
                        + " AND ($2::bigint IS NULL OR id < $2) ORDER BY id DESC LIMIT $3")
                .execute(Tuple.of(accountId, maxFollowId, limit))
                .map(rows -> {
                    List<FollowPageEntry> page = new ArrayList<>();
                    rows.forEach(row -> page.add(new FollowPageEntry(row.getLong(0), row.getLong(1))));
                    return page;
                });
    }

    /** One page of pending requests made to an account, newest first, below the given request id. */
    public Future<List<FollowPageEntry>> requestsPage(long targetId, Long maxRequestId, int limit) {
        return pool.preparedQuery("SELECT id, account_id FROM follow_requests WHERE target_account_id = $1"
                        + " AND ($2::bigint IS NULL OR id < $2) ORDER BY id DESC LIMIT $3")
                .execute(Tuple.of(targetId, maxRequestId, limit))
                .map(rows -> {
                    List<FollowPageEntry> page = new ArrayList<>();
                    rows.forEach(row -> page.add(new FollowPageEntry(row.getLong(0), row.getLong(1))));
                    return page;
                });
    }

    public Future<Long> countRequestsTo(long targetId) {
        return pool.preparedQuery("SELECT count(*) FROM follow_requests WHERE target_account_id = $1")
                .execute(Tuple.of(targetId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    public Future<Long> count(long accountId, boolean followers) {
        String column = followers ? "target_account_id" : "account_id";
        return pool.preparedQuery("SELECT count(*) FROM follows WHERE " + column + " = $1")
                .execute(Tuple.of(accountId))
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static FollowEdge edge(Row row) {
        return new FollowEdge(row.getLong("account_id"), row.getLong("target_account_id"), row.getString("uri"));
    }
}
