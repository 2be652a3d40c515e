package org.serge.federation.inbox;

import org.serge.federation.solidarity.SolidarityInbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Objects;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.status.StatusRepository;
import org.serge.federation.vocab.Activity;

/**
 * Delete of the actor itself (its account goes, and its statuses with it) or of a status it owns (by id or as a
 * Tombstone). Anything else is ignored.
 */
public final class DeleteHandler implements ActivityHandler {

    private final RemoteAccountRepository remoteAccounts;
    private final StatusRepository statuses;
    private final SolidarityInbox solidarity;

    public DeleteHandler(RemoteAccountRepository remoteAccounts, StatusRepository statuses,
                         SolidarityInbox solidarity) {
        this.solidarity = solidarity;
        this.remoteAccounts = remoteAccounts;
        this.statuses = statuses;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        Account actor = ctx.actor();
        String objectId = activity.objectId();
        if (objectId == null || actor.isLocal()) {
            return Future.succeededFuture();
        }
        if (Objects.equals(objectId, actor.uri())) {
            return remoteAccounts.deleteByUri(actor.uri());
        }
        return statuses.findByUri(objectId).compose(status -> {
            if (status.isEmpty() || status.get().accountId() != actor.id()) {
                return solidarity.deleted(objectId, actor); // a pledge is no status
            }
            // a reply to a call may have made a pledge, which goes with it
            return statuses.delete(status.get().id()).compose(v -> solidarity.deleted(objectId, actor));
        });
    }
}
