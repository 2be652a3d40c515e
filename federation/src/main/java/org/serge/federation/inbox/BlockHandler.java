package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.serge.core.interaction.InteractionRepository;
import org.serge.federation.vocab.Activity;

/** Block of a local account: recorded, and follows both ways end (InteractionRepository.insertBlock). */
public final class BlockHandler implements ActivityHandler {

    private final AccountLookup accounts;
    private final InteractionRepository interactions;

    public BlockHandler(AccountLookup accounts, InteractionRepository interactions) {
        this.accounts = accounts;
        this.interactions = interactions;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        long blockerId = ctx.actor().id();
        return accounts.local(activity.objectId()).compose(target -> {
            if (target.isEmpty() || target.get().id() == blockerId) {
                return Future.succeededFuture();
            }
            return interactions.insertBlock(blockerId, target.get().id(), activity.id()).mapEmpty();
        });
    }
}
