package org.serge.federation.outgoing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.serge.core.account.Account;
import org.serge.core.account.LocalActor;
import org.serge.core.id.Snowflake;
import org.serge.core.status.Status;
import org.serge.federation.actor.ActorDocuments;
import org.serge.federation.actor.Contexts;

/** The activities a local actor sends, shaped as Mastodon sends them. Each result carries its @context. */
public final class ActivityRenderer {

    private final ActorIds ids;
    private final Addressing addressing;
    private final ObjectRenderer objects;
    private final ActorDocuments actors;

    public ActivityRenderer(ActorIds ids, Addressing addressing, ObjectRenderer objects, ActorDocuments actors) {
        this.ids = ids;
        this.addressing = addressing;
        this.objects = objects;
        this.actors = actors;
    }

    public ActivityRenderer(ActorIds ids) {
        this(ids, new Addressing(ids), new ObjectRenderer(ids, new Addressing(ids)), new ActorDocuments(ids.uris()));
    }

    public JsonObject create(StatusContext context) {
        return create(context, objects.object(context));
    }

    /** A Create of a given rendering of the status (e.g. a signed report Article). */
    public JsonObject create(StatusContext context, JsonObject object) {
        Status status = context.status();
        return statusActivity(context, status.uri() + "/activity", "Create")
                .put("published", WireDates.format(status.createdAt()))
                .put("object", object);
    }

    public JsonObject update(StatusContext context) {
        return update(context, objects.object(context));
    }

    public JsonObject update(StatusContext context, JsonObject object) {
        Status status = context.status();
        OffsetDateTime edited = status.editedAt() != null ? status.editedAt() : OffsetDateTime.now(ZoneOffset.UTC);
        return statusActivity(context, status.uri() + "#updates/" + edited.toEpochSecond(), "Update")
                .put("published", WireDates.format(edited))
                .put("object", object);
    }

    /** The plain object of a status (a Note, or its own type). */
    public JsonObject object(StatusContext context) {
        return objects.object(context);
    }

    public JsonObject delete(StatusContext context) {
        Status status = context.status();
        return statusActivity(context, status.uri() + "#delete", "Delete")
                .put("object", new JsonObject().put("id", status.uri()).put("type", "Tombstone"));
    }

    /** A boost: the reblog status' uri is the Announce's id. */
    public JsonObject announce(Status reblog, Account booster, Status original, Account originalAuthor) {
        JsonObject activity = new JsonObject()
                .put("@context", OutgoingContexts.status())
                .put("id", reblog.uri())
                .put("type", "Announce")
                .put("actor", ids.id(booster))
                .put("published", WireDates.format(reblog.createdAt()));
        addressing.reblog(reblog, booster, original, originalAuthor).applyTo(activity);
        return activity.put("object", original.uri());
    }

    public JsonObject like(Account liker, Status status, Account author, String likeUri) {
        return plain(likeUri, "Like", liker)
                .put("object", status.uri())
                .put("to", new JsonArray().add(ids.id(author)));
    }

    public JsonObject follow(Account follower, Account target, String followUri) {
        return plain(followUri, "Follow", follower).put("object", ids.id(target));
    }

    /** The target's answer to a Follow; the Follow is embedded, as Mastodon does. */
    public JsonObject accept(Account follower, Account target, String followUri) {
        return answer("Accept", "#accepts/follows/", follower, target, followUri);
    }

    public JsonObject reject(Account follower, Account target, String followUri) {
        return answer("Reject", "#rejects/follows/", follower, target, followUri);
    }

    public JsonObject block(Account blocker, Account target, String blockUri) {
        return plain(blockUri, "Block", blocker).put("object", ids.id(target));
    }

    /** Undoes an activity this renderer made: embeds it (without @context) and keeps its addressing. */
    public JsonObject undo(JsonObject undone) {
        JsonObject embedded = undone.copy();
        Object context = embedded.remove("@context");
        JsonObject undo = new JsonObject()
                .put("@context", context != null ? context : OutgoingContexts.plain())
                .put("id", undone.getString("id") + "/undo")
                .put("type", "Undo")
                .put("actor", undone.getString("actor"));
        if (undone.containsKey("to")) {
            undo.put("to", undone.getJsonArray("to").copy());
        }
        if (undone.containsKey("cc")) {
            undo.put("cc", undone.getJsonArray("cc").copy());
        }
        return undo.put("object", embedded);
    }

    /** An Update of a local actor's own document, to Public (Mastodon's shape). */
    public JsonObject updateActor(LocalActor actor) {
        JsonObject document = actors.actor(actor);
        Object context = document.remove("@context");
        String id = document.getString("id");
        return new JsonObject()
                .put("@context", context != null ? context : Contexts.actor())
                .put("id", id + "#updates/" + System.currentTimeMillis())
                .put("type", "Update")
                .put("actor", id)
                .put("to", new JsonArray().add(Addressing.PUBLIC))
                .put("object", document);
    }

    private JsonObject statusActivity(StatusContext context, String id, String type) {
        JsonObject activity = new JsonObject()
                .put("@context", OutgoingContexts.status())
                .put("id", id)
                .put("type", type)
                .put("actor", ids.id(context.author()));
        addressing.status(context).applyTo(activity);
        return activity;
    }

    private JsonObject answer(String type, String fragment, Account follower, Account target, String followUri) {
        String targetId = ids.id(target);
        return plain(targetId + fragment + Snowflake.next(), type, target)
                .put("object", new JsonObject()
                        .put("id", followUri)
                        .put("type", "Follow")
                        .put("actor", ids.id(follower))
                        .put("object", targetId));
    }

    private JsonObject plain(String id, String type, Account actor) {
        return new JsonObject()
                .put("@context", OutgoingContexts.plain())
                .put("id", id)
                .put("type", type)
                .put("actor", ids.id(actor));
    }
}
