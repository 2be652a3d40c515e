package org.serge.federation.inbox;

import org.serge.federation.solidarity.SolidarityInbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Objects;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.status.StatusDraft;
import org.serge.core.status.StatusRepository;
import org.serge.federation.net.Origins;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.AsObject;

/**
 * Create of a Note, Article, Page, Question or Event: a remote status. The object must be the actor's own
 * (attributedTo, when given, is the actor; the id is of the actor's origin). Other types are ignored; a Create
 * of a known uri changes nothing. A Mastodon vote on one of this node's polls is a vote, not a status
 * ({@link IncomingPollVotes}).
 */
public final class CreateHandler implements ActivityHandler {

    private final TrustedObjects objects;
    private final RemoteStatuses remoteStatuses;
    private final StatusRepository statuses;
    private final InteractionRepository interactions;
    private final SolidarityInbox solidarity;
    private final IncomingPollVotes votes;

    public CreateHandler(TrustedObjects objects, RemoteStatuses remoteStatuses, StatusRepository statuses,
                         InteractionRepository interactions, SolidarityInbox solidarity, IncomingPollVotes votes) {
        this.solidarity = solidarity;
        this.votes = votes;
        this.objects = objects;
        this.remoteStatuses = remoteStatuses;
        this.statuses = statuses;
        this.interactions = interactions;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        Account actor = ctx.actor();
        return objects.object(activity.object(), raw, actor.uri()).compose(found -> {
            Optional<AsObject> object = found.flatMap(o -> o.entity() instanceof AsObject n
                    ? Optional.of(n) : Optional.empty());
            if (object.isEmpty() || !isOwnedBy(object.get(), found.get().json(), actor)) {
                return Future.succeededFuture();
            }
            return statuses.findByUri(object.get().id()).compose(existing -> existing.isPresent()
                    ? Future.succeededFuture()
                    : create(object.get(), found.get().json(), actor));
        });
    }

    static boolean isOwnedBy(AsObject object, Account actor) {
        return RemoteStatuses.isSupported(object)
                && object.id() != null
                && Origins.sameOrigin(object.id(), actor.uri())
                && (object.attributedToId() == null || Objects.equals(object.attributedToId(), actor.uri()));
    }

    /**
     * As {@link #isOwnedBy(AsObject, Account)}, and Mobilizon's group events: an Event attributed to a Group of the
     * actor's origin, whose {@code actor} (Mobilizon's organiser) is the activity's actor.
     */
    static boolean isOwnedBy(AsObject object, JsonObject json, Account actor) {
        if (isOwnedBy(object, actor)) {
            return true;
        }
        return "Event".equals(object.type()) && object.id() != null && Origins.sameOrigin(object.id(), actor.uri())
                && object.attributedToId() != null && Origins.sameOrigin(object.attributedToId(), actor.uri())
                && Objects.equals(json.getValue("actor"), actor.uri());
    }

    private Future<Void> create(AsObject object, JsonObject json, Account actor) {
        // reports, calls, pledges and poll votes to our calls are taken by the solidarity part, votes on our other
        // polls here
        return solidarity.created(json, actor)
                .compose(taken -> taken ? Future.succeededFuture(true) : votes.received(json, actor))
                .compose(taken -> taken ? Future.<Void>succeededFuture() : store(object, json, actor));
    }

    private Future<Void> store(AsObject object, JsonObject json, Account actor) {
        return remoteStatuses.draft(object, json, actor, Optional.empty())
                .compose(draft -> statuses.insert(draft)
                        .compose(status -> notifyMentioned(draft, actor))
                        // a concurrent Create of the same object stored it first
                        .recover(e -> statuses.findByUri(object.id()).compose(stored -> stored.isPresent()
                                ? Future.succeededFuture() : Future.failedFuture(e))));
    }

    private Future<Void> notifyMentioned(StatusDraft draft, Account actor) {
        Future<Void> chain = Future.succeededFuture();
        for (long accountId : draft.mentionedAccountIds()) {
            chain = chain.compose(v -> interactions.notify(accountId, actor.id(), "mention", draft.status().id()));
        }
        return chain;
    }
}
