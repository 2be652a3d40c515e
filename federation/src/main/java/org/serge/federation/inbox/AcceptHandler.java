package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.serge.core.follow.FollowRepository;
import org.serge.federation.vocab.Activity;

/** Accept of a Follow we sent: our pending request becomes a follow. Without a request, nothing happens. */
public final class AcceptHandler implements ActivityHandler {

    private final OurFollows ourFollows;
    private final FollowRepository follows;

    public AcceptHandler(AccountLookup accounts, FollowRepository follows) {
        this.ourFollows = new OurFollows(accounts);
        this.follows = follows;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        long targetId = ctx.actor().id();
        return ourFollows.localFollower(activity, ctx.actor())
                .compose(follower -> follower.isEmpty() ? Future.succeededFuture()
                        : follows.findRequest(follower.get().id(), targetId).compose(request -> request.isEmpty()
                                ? Future.succeededFuture()
                                : follows.insertFollow(follower.get().id(), targetId, request.get().uri()).mapEmpty()));
    }
}
