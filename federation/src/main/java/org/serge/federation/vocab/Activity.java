package org.serge.federation.vocab;

import java.time.Instant;
import java.util.List;

/**
 * An activity (Create, Follow, Announce, Undo, Like, Flag...). {@code objects} holds every value of "object"
 * (a Flag names several); most activities have one, see {@link #object()}. {@code content} carries a Flag's
 * comment or an emoji reaction; {@code tag} an emoji reaction's custom emoji.
 */
public record Activity(
        String id,
        String type,
        LinkOrObject actor,
        List<LinkOrObject> objects,
        LinkOrObject target,
        List<String> to,
        List<String> cc,
        List<String> audience,
        Instant published,
        String summary,
        String content,
        List<Tag> tag) implements AsEntity, Addressed {

    /** The first object, or null when the activity has none. */
    public LinkOrObject object() {
        return objects.isEmpty() ? null : objects.get(0);
    }

    public String actorId() {
        return actor == null ? null : actor.id();
    }

    public String objectId() {
        LinkOrObject first = object();
        return first == null ? null : first.id();
    }
}
