package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.status.StatusRepository;
import org.serge.federation.vocab.Activity;

/** Like of a local status: a favourite, and a notification to its author. Likes of other statuses are ignored. */
public final class LikeHandler implements ActivityHandler {

    private final StatusRepository statuses;
    private final InteractionRepository interactions;

    public LikeHandler(StatusRepository statuses, InteractionRepository interactions) {
        this.statuses = statuses;
        this.interactions = interactions;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        long likerId = ctx.actor().id();
        if (activity.objectId() == null) {
            return Future.succeededFuture();
        }
        return statuses.findByUri(activity.objectId()).compose(status -> {
            if (status.isEmpty() || !status.get().local() || status.get().isReblog()) {
                return Future.succeededFuture();
            }
            long statusId = status.get().id();
            return interactions.insertFavourite(likerId, statusId, activity.id()).compose(inserted -> inserted
                    ? interactions.notify(status.get().accountId(), likerId, "favourite", statusId)
                    : Future.succeededFuture());
        });
    }
}
