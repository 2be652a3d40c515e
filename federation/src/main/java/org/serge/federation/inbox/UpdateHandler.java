package org.serge.federation.inbox;

import org.serge.federation.solidarity.SolidarityInbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Objects;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.status.StatusRepository;
import org.serge.federation.html.RemoteHtmlSanitizer;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.Actor;
import org.serge.federation.vocab.AsObject;

/**
 * Update of the actor itself (its stored account is refreshed from the document it sent) or of a status the
 * actor owns (the status is edited). An Update of another actor or of someone else's object is ignored (rule
 * 4): it is not trusted as sent, and what its origin says will come from its origin.
 */
public final class UpdateHandler implements ActivityHandler {

    private final RemoteAccountRepository remoteAccounts;
    private final StatusRepository statuses;
    private final RemoteStatuses remoteStatuses;
    private final RemoteHtmlSanitizer sanitizer;
    private final SolidarityInbox solidarity;

    public UpdateHandler(RemoteAccountRepository remoteAccounts, StatusRepository statuses,
                         RemoteStatuses remoteStatuses, RemoteHtmlSanitizer sanitizer, SolidarityInbox solidarity) {
        this.solidarity = solidarity;
        this.remoteAccounts = remoteAccounts;
        this.statuses = statuses;
        this.remoteStatuses = remoteStatuses;
        this.sanitizer = sanitizer;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        Account actor = ctx.actor();
        if (activity.object() == null || activity.objectId() == null) {
            return Future.succeededFuture();
        }
        Optional<Actor> updatedActor = activity.object().asActor();
        if (updatedActor.isPresent()) {
            return Objects.equals(updatedActor.get().id(), actor.uri())
                    ? updateActor(updatedActor.get(), actor) : Future.succeededFuture();
        }
        Optional<AsObject> object = activity.object().asObject();
        if (object.isEmpty() || !CreateHandler.isOwnedBy(object.get(), actor)) {
            return Future.succeededFuture();
        }
        JsonObject json = raw.getValue("object") instanceof JsonObject o ? o : new JsonObject();
        return statuses.findByUri(object.get().id()).compose(existing -> {
            if (existing.isEmpty() || existing.get().accountId() != actor.id() || existing.get().isReblog()) {
                return Future.succeededFuture();
            }
            return remoteStatuses.draft(object.get(), json, actor, existing).compose(statuses::update)
                    .compose(v -> solidarity.updated(json, actor));
        });
    }

    private Future<Void> updateActor(Actor document, Account stored) {
        Actor sanitized = withSanitizedSummary(document);
        return remoteAccounts.keysOf(stored.id())
                .compose(keys -> remoteAccounts.upsert(ActorUpdates.remoteActor(sanitized, stored, keys)))
                .mapEmpty();
    }

    private Actor withSanitizedSummary(Actor a) {
        return new Actor(a.id(), a.type(), a.preferredUsername(), a.name(), sanitizer.sanitize(a.summary()),
                a.inbox(), a.outbox(), a.followers(), a.following(), a.featured(), a.sharedInbox(), a.publicKeys(),
                a.assertionMethods(), a.icon(), a.image(), a.url(), a.manuallyApprovesFollowers(), a.discoverable(),
                a.indexable(), a.movedTo(), a.alsoKnownAs(), a.published(), a.attachment(), a.tag());
    }
}
