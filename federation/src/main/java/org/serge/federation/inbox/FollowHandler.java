package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;
import org.serge.core.follow.FollowRepository;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.outbox.Federator;
import org.serge.federation.vocab.Activity;

/**
 * Follow of a local account: a request when the account is locked, otherwise a follow answered with Accept.
 * The organisation's Group accepts every follow (FEP-1b12).
 */
public final class FollowHandler implements ActivityHandler {

    private final AccountLookup accounts;
    private final FollowRepository follows;
    private final InteractionRepository interactions;
    private final Federator federator;

    public FollowHandler(AccountLookup accounts, FollowRepository follows, InteractionRepository interactions,
                         Federator federator) {
        this.accounts = accounts;
        this.follows = follows;
        this.interactions = interactions;
        this.federator = federator;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        Account follower = ctx.actor();
        return accounts.local(activity.objectId()).compose(target -> {
            if (target.isEmpty() || target.get().id() == follower.id()) {
                return Future.succeededFuture();
            }
            return interactions.blockedEitherWay(follower.id(), target.get().id()).compose(blocked -> blocked
                    ? Future.succeededFuture()
                    : follow(follower, target.get(), activity.id()));
        });
    }

    private Future<Void> follow(Account follower, Account target, String followUri) {
        if (target.locked() && target.actorType() != ActorType.Group) {
            return follows.insertRequest(follower.id(), target.id(), followUri).compose(inserted -> inserted
                    ? interactions.notify(target.id(), follower.id(), "follow_request", null)
                    : Future.succeededFuture());
        }
        return follows.insertFollow(follower.id(), target.id(), followUri)
                .compose(inserted -> inserted
                        ? interactions.notify(target.id(), follower.id(), "follow", null)
                        : Future.succeededFuture())
                // accepted again on a repeated Follow: the follower's server may have missed the first Accept
                .compose(v -> federator.followAccepted(follower, target, followUri));
    }
}
