package org.serge.core.solidarity.follow;

import io.vertx.core.Future;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.solidarity.employer.EmployerService;

/**
 * Members' follows of employers, sectors, countries and hashtags, and the feed of matching reports. A follow is
 * stored with the newest matching reports the node already knows (local or received by any path) in one
 * transaction; every report stored afterwards reaches the feed when it is stored. Following an employer follows
 * the employers below it too (its subsidiaries, however they were named by other nodes, grouped as
 * {@link EmployerService} groups them); following a sector code follows the codes below it. Following again is
 * a no-op; unfollowing what one does not follow is a 404.
 */
public final class StruggleFollowService {

    public static final int MAX_FOLLOWS = 200;

    private final StruggleFollowRepository follows;
    private final StruggleFeedRepository feed;
    private final EmployerService employers;

    public StruggleFollowService(StruggleFollowRepository follows, StruggleFeedRepository feed,
                                 EmployerService employers) {
        this.follows = follows;
        this.feed = feed;
        this.employers = employers;
    }

    public Future<StruggleFollow> follow(Account member, FollowSubject subject) {
        if (member == null || !member.isLocal()) {
            return Future.failedFuture(ServiceException.forbidden("only members follow struggles here"));
        }
        Future<Void> exists = subject.kind() == FollowKind.EMPLOYER
                ? employers.get(subject.employerId()).mapEmpty() : Future.succeededFuture();
        return exists.compose(v -> follows.byAccount(member.id())).compose(mine -> {
            if (mine.stream().anyMatch(f -> f.subject().key().equals(subject.key()))) {
                return Future.succeededFuture(mine.stream().filter(f -> f.subject().key().equals(subject.key()))
                        .findFirst().orElseThrow());
            }
            if (mine.size() >= MAX_FOLLOWS) {
                return Future.failedFuture(ServiceException.unprocessable(
                        "a member follows at most " + MAX_FOLLOWS + " employers, sectors, countries and hashtags"));
            }
            return follows.pool().withTransaction(tx -> follows.insert(tx, Snowflake.next(), member.id(), subject)
                    .compose(id -> id.isEmpty() ? Future.succeededFuture()
                            : feed.backfill(tx, id.get(), member.id(), subject))
                    .compose(v -> follows.find(tx, member.id(), subject))
                    .map(found -> found.orElseThrow()));
        });
    }

    public Future<Void> unfollow(Account member, FollowSubject subject) {
        if (member == null) {
            return Future.failedFuture(ServiceException.notFound("not followed"));
        }
        return follows.delete(member.id(), subject).compose(deleted -> deleted ? Future.succeededFuture()
                : Future.failedFuture(ServiceException.notFound("not followed")));
    }

    public Future<List<StruggleFollow>> follows(Account member) {
        return follows.byAccount(member.id());
    }

    /** The member's feed: status ids of matching reports, newest first, below {@code maxId} when given. */
    public Future<List<Long>> feed(Account member, Long maxId, int limit) {
        return feed.page(member.id(), maxId, Math.max(1, Math.min(limit, 40)));
    }
}
