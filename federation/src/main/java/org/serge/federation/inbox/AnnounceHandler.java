package org.serge.federation.inbox;

import org.serge.core.account.RemoteAccountRepository;
import org.serge.federation.solidarity.SolidarityInbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.account.AccountResolver;
import org.serge.core.error.ServiceException;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRepository;
import org.serge.federation.net.Origins;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.AsObject;

/**
 * A boost. The announced object is a known status, or it is taken from the Announce when the announcer's origin
 * is its own, or fetched from its origin (rule 4); an unknown original is stored when it is public. Then the
 * boost is stored as a status of the announcer. Announces of activities (FEP-1b12 group relays) are ignored.
 */
public final class AnnounceHandler implements ActivityHandler {

    private final TrustedObjects objects;
    private final RemoteStatuses remoteStatuses;
    private final StatusRepository statuses;
    private final AccountResolver resolver;
    private final InteractionRepository interactions;
    private final SolidarityInbox solidarity;
    private final RemoteAccountRepository remoteAccounts;

    public AnnounceHandler(TrustedObjects objects, RemoteStatuses remoteStatuses, StatusRepository statuses,
                           AccountResolver resolver, InteractionRepository interactions, SolidarityInbox solidarity,
                           RemoteAccountRepository remoteAccounts) {
        this.solidarity = solidarity;
        this.remoteAccounts = remoteAccounts;
        this.objects = objects;
        this.remoteStatuses = remoteStatuses;
        this.statuses = statuses;
        this.resolver = resolver;
        this.interactions = interactions;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        Account announcer = ctx.actor();
        if (activity.id() == null || activity.objectId() == null) {
            return Future.succeededFuture();
        }
        return statuses.findByUri(activity.id()).compose(known -> known.isPresent()
                ? Future.succeededFuture()
                : original(activity, raw, announcer).compose(original -> original.isEmpty()
                        ? Future.succeededFuture()
                        : boost(activity, announcer, original.get())));
    }

    private Future<Optional<Status>> original(Activity activity, JsonObject raw, Account announcer) {
        return statuses.findByUri(activity.objectId()).compose(known -> known.isPresent()
                ? Future.succeededFuture(known)
                : signedEmbedded(activity, raw).compose(signed -> signed.isPresent()
                        ? Future.succeededFuture(signed) : objects.object(activity.object(), raw, announcer.uri()))
                .compose(found -> {
                    if (found.isEmpty() || !(found.get().entity() instanceof AsObject object)
                            || !RemoteStatuses.isSupported(object)) {
                        return Future.succeededFuture(Optional.empty());
                    }
                    return storeOriginal(object, found.get().json());
                }));
    }

    private Future<Optional<Status>> storeOriginal(AsObject object, JsonObject json) {
        String authorUri = object.attributedToId();
        if (authorUri == null || !Origins.sameOrigin(authorUri, object.id())) {
            return Future.succeededFuture(Optional.empty());
        }
        return resolver.resolveUri(authorUri)
                .compose(author -> solidarity.created(json, author).compose(taken -> taken
                        ? statuses.findByUri(object.id())
                        : remoteStatuses.draft(object, json, author, Optional.empty())
                        .compose(draft -> draft.status().visibility().isPublicLike()
                                ? statuses.insert(draft).map(Optional::of)
                                : Future.succeededFuture(Optional.<Status>empty()))))
                .recover(e -> {
                    if (e instanceof ServiceException service && service.status() < 500) {
                        return Future.succeededFuture(Optional.empty());
                    }
                    // a concurrent delivery may have stored it first
                    return statuses.findByUri(object.id()).compose(stored -> stored.isPresent()
                            ? Future.succeededFuture(stored) : Future.failedFuture(e));
                });
    }

    /**
     * An embedded report or call of another origin whose FEP-8b32 proof verifies against its author's key known
     * here is taken as sent: a boost of a signed object reaches us without a request to its origin.
     */
    private Future<Optional<TrustedObject>> signedEmbedded(Activity activity, JsonObject raw) {
        if (activity.object() == null || !activity.object().isEmbedded()
                || !(raw.getValue("object") instanceof JsonObject json)) {
            return Future.succeededFuture(Optional.empty());
        }
        return solidarity.verifiedEmbedded(json, remoteAccounts).map(author -> author.map(a ->
                new TrustedObject(activity.object().embedded(), json)));
    }

    private Future<Void> boost(Activity activity, Account announcer, Status original) {
        if (original.isReblog() || !original.visibility().isPublicLike()) {
            return Future.succeededFuture();
        }
        return statuses.insert(RemoteStatuses.reblog(activity.id(), announcer, original,
                        Audiences.visibility(activity, announcer), activity.published()))
                .compose(reblog -> original.local()
                        ? interactions.notify(original.accountId(), announcer.id(), "reblog", original.id())
                        : Future.succeededFuture())
                .recover(e -> statuses.findReblog(announcer.id(), original.id()).compose(existing ->
                        existing.isPresent() ? Future.succeededFuture() : Future.failedFuture(e)));
    }
}
