package org.serge.core.follow;

import io.vertx.core.Future;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.outbox.Federator;

/**
 * The rules for members following, unfollowing and blocking, and for answering follow requests. A follow of a
 * remote account stays a request until its server sends Accept (handled by the inbox).
 */
public final class FollowService {

    private final FollowRepository follows;
    private final InteractionRepository interactions;
    private final RemoteAccountRepository accounts;
    private final Federator federator;
    private final LocalUris uris;

    public FollowService(FollowRepository follows, InteractionRepository interactions,
                         RemoteAccountRepository accounts, Federator federator, LocalUris uris) {
        this.follows = follows;
        this.interactions = interactions;
        this.accounts = accounts;
        this.federator = federator;
        this.uris = uris;
    }

    /** Follows an account; returns true when the follow took effect at once, false when it waits for approval. */
    public Future<Boolean> follow(Account follower, Account target) {
        if (follower.id() == target.id()) {
            return Future.failedFuture(ServiceException.unprocessable("you can't follow yourself"));
        }
        return interactions.blockedEitherWay(follower.id(), target.id()).compose(blocked -> {
            if (blocked) {
                return Future.failedFuture(ServiceException.forbidden("this account can't be followed"));
            }
            return follows.isFollowing(follower.id(), target.id()).compose(already -> {
                if (already) {
                    return Future.succeededFuture(true);
                }
                String uri = uris.activity(follower.username(), "follows", Snowflake.next());
                if (target.isLocal() && !target.locked()) {
                    return follows.insertFollow(follower.id(), target.id(), uri)
                            .compose(inserted -> inserted
                                    ? interactions.notify(target.id(), follower.id(), "follow", null)
                                    : Future.succeededFuture())
                            .map(true);
                }
                return follows.findRequest(follower.id(), target.id()).compose(pending -> pending.isPresent()
                        ? Future.succeededFuture(false)
                        : follows.insertRequest(follower.id(), target.id(), uri)
                                .compose(v -> target.isLocal()
                                        ? interactions.notify(target.id(), follower.id(), "follow_request", null)
                                        : federator.followRequested(follower, target, uri))
                                .map(false));
            });
        });
    }

    public Future<Void> unfollow(Account follower, Account target) {
        return follows.deleteFollow(follower.id(), target.id())
                .compose(edge -> edge.isPresent() ? Future.succeededFuture(edge)
                        : follows.deleteRequest(follower.id(), target.id()))
                .compose(edge -> edge.isPresent() && !target.isLocal()
                        ? federator.unfollowed(follower, target, edge.get().uri())
                        : Future.succeededFuture());
    }

    /** A member approves a pending request made to them. */
    public Future<Void> acceptRequest(Account target, long requesterId) {
        return follows.findRequest(requesterId, target.id()).compose(request -> {
            if (request.isEmpty()) {
                return Future.failedFuture(ServiceException.notFound("no such follow request"));
            }
            return follows.insertFollow(requesterId, target.id(), request.get().uri())
                    .compose(v -> accounts.findById(requesterId))
                    .compose(requester -> requester.isPresent() && !requester.get().isLocal()
                            ? federator.followAccepted(requester.get(), target, request.get().uri())
                            : interactions.notify(target.id(), requesterId, "follow", null));
        });
    }

    public Future<Void> rejectRequest(Account target, long requesterId) {
        return follows.deleteRequest(requesterId, target.id()).compose(request -> {
            if (request.isEmpty()) {
                return Future.failedFuture(ServiceException.notFound("no such follow request"));
            }
            return accounts.findById(requesterId).compose(requester -> requester.isPresent() && !requester.get().isLocal()
                    ? federator.followRejected(requester.get(), target, request.get().uri())
                    : Future.succeededFuture());
        });
    }

    /** Removes a follower (or a remote follower's follow) and tells their server, as Mastodon's "remove follower". */
    public Future<Void> removeFollower(Account target, Account follower) {
        return follows.deleteFollow(follower.id(), target.id()).compose(edge -> edge.isPresent() && !follower.isLocal()
                ? federator.followRejected(follower, target, edge.get().uri())
                : Future.succeededFuture());
    }

    public Future<Long> followersCount(long accountId) {
        return follows.count(accountId, true);
    }

    public Future<Long> followingCount(long accountId) {
        return follows.count(accountId, false);
    }

    public Future<Void> block(Account blocker, Account target) {
        if (blocker.id() == target.id()) {
            return Future.failedFuture(ServiceException.unprocessable("you can't block yourself"));
        }
        String uri = uris.activity(blocker.username(), "blocks", Snowflake.next());
        return interactions.insertBlock(blocker.id(), target.id(), uri)
                .compose(inserted -> inserted && !target.isLocal() ? federator.blocked(blocker, target, uri)
                        : Future.succeededFuture());
    }

    public Future<Void> unblock(Account blocker, Account target) {
        return interactions.deleteBlock(blocker.id(), target.id())
                .compose(uri -> uri.isPresent() && !target.isLocal() ? federator.unblocked(blocker, target, uri.get())
                        : Future.succeededFuture());
    }
}
