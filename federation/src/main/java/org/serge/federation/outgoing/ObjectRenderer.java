package org.serge.federation.outgoing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.serge.core.account.Account;
import org.serge.core.media.MediaAttachment;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;

/**
 * A local status as the object Mastodon sends: a Note (or the status' own object type, or a Question when it
 * has a poll), without @context, so that it can be embedded in an activity or served with one added.
 */
public final class ObjectRenderer {

    private final ActorIds ids;
    private final Addressing addressing;

    public ObjectRenderer(ActorIds ids, Addressing addressing) {
        this.ids = ids;
        this.addressing = addressing;
    }

    public JsonObject object(StatusContext context) {
        Status status = context.status();
        String type = context.poll() != null ? "Question" : status.objectType();
        JsonObject object = new JsonObject()
                .put("id", status.uri())
                .put("type", type);
        if (status.title() != null && !status.title().isBlank()) {
            object.put("name", status.title());
        }
        object.put("summary", status.spoilerText() == null || status.spoilerText().isEmpty() ? null
                        : status.spoilerText())
                .put("inReplyTo", status.inReplyToUri())
                .put("published", WireDates.format(status.createdAt()));
        if (status.editedAt() != null) {
            object.put("updated", WireDates.format(status.editedAt()));
        }
        object.put("url", status.url())
                .put("attributedTo", ids.id(context.author()));
        addressing.status(context).applyTo(object);
        object.put("sensitive", status.sensitive())
                .put("content", status.content());
        if (status.language() != null && !status.language().isBlank()) {
            object.put("contentMap", new JsonObject().put(status.language(), status.content()));
        }
        object.put("attachment", attachments(context))
                .put("tag", tags(context));
        if (context.poll() != null) {
            poll(context.poll(), object);
        }
        return object;
    }

    /**
     * Media as Mastodon sends them: Documents with mediaType, url, name (the description), blurhash, focalPoint
     * [x, y], width and height.
     */
    private JsonArray attachments(StatusContext context) {
        JsonArray attachments = new JsonArray();
        for (MediaAttachment media : context.media()) {
            attachments.add(new JsonObject()
                    .put("type", "Document")
                    .put("mediaType", media.contentType())
                    .put("url", ids.uris().mediaFile(media.fileKey()))
                    .put("name", media.description())
                    .put("blurhash", media.blurhash())
                    .put("focalPoint", new JsonArray().add(media.focus().x()).add(media.focus().y()))
                    .put("width", media.width())
                    .put("height", media.height()));
        }
        return attachments;
    }

    private JsonArray tags(StatusContext context) {
        JsonArray tags = new JsonArray();
        for (Account mentioned : context.mentions()) {
            tags.add(new JsonObject()
                    .put("type", "Mention")
                    .put("href", ids.id(mentioned))
                    .put("name", ids.handle(mentioned)));
        }
        for (String tag : context.tags()) {
            tags.add(new JsonObject()
                    .put("type", "Hashtag")
                    .put("href", ids.uris().tag(tag))
                    .put("name", "#" + tag));
        }
        return tags;
    }

    private static void poll(Poll poll, JsonObject object) {
        JsonArray options = new JsonArray();
        for (int i = 0; i < poll.options().size(); i++) {
            options.add(new JsonObject()
                    .put("type", "Note")
                    .put("name", poll.options().get(i))
                    .put("replies", new JsonObject()
                            .put("type", "Collection")
                            .put("totalItems", poll.votes().get(i))));
        }
        object.put(poll.multiple() ? "anyOf" : "oneOf", options);
        if (poll.expiresAt() != null) {
            object.put("endTime", WireDates.format(poll.expiresAt()));
            if (poll.expiresAt().isBefore(OffsetDateTime.now(ZoneOffset.UTC))) {
                object.put("closed", WireDates.format(poll.expiresAt()));
            }
        }
        object.put("votersCount", poll.votersCount() == null ? 0 : poll.votersCount());
    }
}
