package org.serge.federation.outgoing;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.serge.core.account.Account;
import org.serge.core.follow.FollowRepository;
import org.serge.core.id.Snowflake;
import org.serge.core.pin.PinFederation;
import org.serge.core.status.Status;
import org.serge.federation.delivery.DeliveryQueue;
import org.serge.federation.vocab.AsIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the member's followers' servers of a pin as Mastodon does (ActivityPub::AddSerializer and
 * RemoveSerializer): an {@code Add} (or {@code Remove}) of the status' id to the actor's featured collection
 * ({@code target}), to Public, cc the followers.
 */
public final class PinSender implements PinFederation {

    private static final Logger LOG = LoggerFactory.getLogger(PinSender.class);

    private final Audience audience;
    private final ActorIds ids;
    private final DeliveryQueue queue;

    public PinSender(FollowRepository follows, ActorIds ids, DeliveryQueue queue) {
        this.audience = new Audience(follows, ids);
        this.ids = ids;
        this.queue = queue;
    }

    @Override
    public Future<Void> pinned(Account member, Status status) {
        return send("Add", member, status);
    }

    @Override
    public Future<Void> unpinned(Account member, Status status) {
        return send("Remove", member, status);
    }

    private Future<Void> send(String type, Account member, Status status) {
        if (!member.isLocal() || !status.local()) {
            return Future.succeededFuture();
        }
        return audience.followers(member)
                .compose(inboxes -> inboxes.isEmpty() ? Future.<Void>succeededFuture()
                        : queue.enqueue(member.id(), activity(type, member, status), inboxes))
                .recover(e -> {
                    LOG.warn("could not queue the {} of {} to the featured collection: {}", type, status.uri(),
                            e.toString());
                    return Future.succeededFuture();
                });
    }

    JsonObject activity(String type, Account member, Status status) {
        String actor = ids.id(member);
        return new JsonObject()
                .put("@context", OutgoingContexts.plain())
                .put("id", actor + "#featured/" + Snowflake.next())
                .put("type", type)
                .put("actor", actor)
                .put("object", status.uri())
                .put("target", ids.uris().featured(member.username()))
                .put("to", new JsonArray().add(AsIds.PUBLIC))
                .put("cc", new JsonArray().add(ids.followers(member)));
    }
}
