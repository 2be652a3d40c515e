package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.serge.core.follow.FollowRepository;
import org.serge.federation.vocab.Activity;

/** Reject of a Follow we sent: the request, or the follow it had become, is dropped. */
public final class RejectHandler implements ActivityHandler {

    private final OurFollows ourFollows;
    private final FollowRepository follows;

    public RejectHandler(AccountLookup accounts, FollowRepository follows) {
        this.ourFollows = new OurFollows(accounts);
        this.follows = follows;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        long targetId = ctx.actor().id();
        return ourFollows.localFollower(activity, ctx.actor())
                .compose(follower -> follower.isEmpty() ? Future.succeededFuture()
                        : follows.deleteRequest(follower.get().id(), targetId)
                                .compose(r -> follows.deleteFollow(follower.get().id(), targetId))
                                .mapEmpty());
    }
}
