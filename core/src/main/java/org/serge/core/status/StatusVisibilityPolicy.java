package org.serge.core.status;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import org.serge.core.account.Account;
import org.serge.core.follow.FollowRepository;

/**
 * Who may see a status. Public and unlisted: anyone. Followers-only: the author, mentioned accounts and
 * followers. Direct: the author and mentioned accounts. For a remote server asking with a signed request, the
 * same rules hold for "some account on that domain".
 */
public final class StatusVisibilityPolicy {

    private final Pool pool;
    private final FollowRepository follows;

    public StatusVisibilityPolicy(Pool pool, FollowRepository follows) {
        this.pool = pool;
        this.follows = follows;
    }

    public Future<Boolean> visibleTo(Status status, Account viewer) {
        if (status.visibility().isPublicLike()) {
            return Future.succeededFuture(true);
        }
        if (viewer == null) {
            return Future.succeededFuture(false);
        }
        if (viewer.id() == status.accountId()) {
            return Future.succeededFuture(true);
        }
        return isMentioned(status.id(), viewer.id()).compose(mentioned -> {
            if (mentioned || status.visibility() == Visibility.DIRECT) {
                return Future.succeededFuture(mentioned);
            }
            return follows.isFollowing(viewer.id(), status.accountId());
        });
    }

    /** Whether a status may be served to a server that proved it is {@code domain} by signing its request. */
    public Future<Boolean> visibleToDomain(Status status, String domain) {
        if (status.visibility().isPublicLike()) {
            return Future.succeededFuture(true);
        }
        if (domain == null) {
            return Future.succeededFuture(false);
        }
        return pool.preparedQuery("SELECT 1 FROM status_mentions m JOIN accounts a ON a.id = m.account_id"
                        + " WHERE m.status_id = $1 AND lower(a.domain) = lower($2) LIMIT 1")
                .execute(Tuple.of(status.id(), domain))
                .compose(rows -> {
                    if (rows.size() > 0 || status.visibility() == Visibility.DIRECT) {
                        return Future.succeededFuture(rows.size() > 0);
                    }
                    return follows.hasFollowerOnDomain(status.accountId(), domain);
                });
    }

    private Future<Boolean> isMentioned(long statusId, long accountId) {
        return pool.preparedQuery("SELECT 1 FROM status_mentions WHERE status_id = $1 AND account_id = $2")
                .execute(Tuple.of(statusId, accountId))
                .map(rows -> rows.size() > 0);
    }
}
