package org.serge.federation.vocab;

import static org.serge.federation.vocab.JsonValues.bool;
import static org.serge.federation.vocab.JsonValues.elements;
import static org.serge.federation.vocab.JsonValues.firstText;
import static org.serge.federation.vocab.JsonValues.instant;
import static org.serge.federation.vocab.JsonValues.integer;
import static org.serge.federation.vocab.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a JSON tree into typed entities, embedded ones included. */
final class EntityReader {

    private static final List<String> QUOTE_PROPERTIES =
            List.of("quote", "quoteUrl", "quoteUri", "quoteURL", "_misskey_quote");

    private final VocabularyLimits limits;
    private final ValueReader values;

    EntityReader(VocabularyLimits limits) {
        this.limits = limits;
        this.values = new ValueReader(limits);
    }

    ParseResult read(JsonNode root) {
        AsEntity entity = entity(root);
        return new ParseResult(entity == null ? EntityKind.UNKNOWN : kindOf(entity), entity, root);
    }

    /** The typed value of a JSON object with a type; null for anything else. */
    AsEntity entity(JsonNode node) {
        String type = typeOf(node);
        if (type == null) {
            return null;
        }
        return switch (guessKind(node, type)) {
            case ACTIVITY -> activity(node, type);
            case ACTOR -> actor(node, type);
            case COLLECTION -> collection(node, type);
            case OBJECT -> object(node, type);
            case UNKNOWN -> null;
        };
    }

    /**
     * Known types decide; an unknown type is judged by its properties: an inbox makes an actor (PieFed's Feed),
     * an actor without an author makes an activity (Lemmy's Warn; content objects have attributedTo), items make
     * a collection, anything else is read as a content object (BookWyrm's Edition). Handlers dispatch on the type, so an unknown type is ignored there.
     */
    private static EntityKind guessKind(JsonNode node, String type) {
        if (AsTypes.isActivity(type)) {
            return EntityKind.ACTIVITY;
        }
        if (AsTypes.isActor(type)) {
            return EntityKind.ACTOR;
        }
        if (AsTypes.isCollection(type)) {
            return EntityKind.COLLECTION;
        }
        if (AsTypes.isObject(type)) {
            return EntityKind.OBJECT;
        }
        if (node.has("inbox")) {
            return EntityKind.ACTOR;
        }
        if (node.has("actor") && !node.has("attributedTo")) {
            return EntityKind.ACTIVITY;
        }
        if (node.has("items") || node.has("orderedItems")) {
            return EntityKind.COLLECTION;
        }
        return EntityKind.OBJECT;
    }

    private static EntityKind kindOf(AsEntity entity) {
        if (entity instanceof Activity) {
            return EntityKind.ACTIVITY;
        }
        if (entity instanceof Actor) {
            return EntityKind.ACTOR;
        }
        return entity instanceof AsCollection ? EntityKind.COLLECTION : EntityKind.OBJECT;
    }

    /** The type, or the first known one of a type array ("type": ["Person", "schema:Person"]). */
    private static String typeOf(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        JsonNode type = node.get("type");
        if (type != null && type.isArray()) {
            for (JsonNode element : type) {
                if (element.isTextual() && AsTypes.isKnown(AsTypes.withoutPrefix(element.textValue()))) {
                    return AsTypes.withoutPrefix(element.textValue());
                }
            }
        }
        String text = firstText(type);
        return text == null || text.isBlank() ? null : AsTypes.withoutPrefix(text.strip());
    }

    /** One value (the first, if an array is sent); null when absent or neither a reference nor an entity. */
    private LinkOrObject linkOrObject(JsonNode node, String property) {
        List<LinkOrObject> all = linkOrObjects(node, limits.maxOtherArray(), property);
        return all.isEmpty() ? null : all.get(0);
    }

    private List<LinkOrObject> linkOrObjects(JsonNode node, int cap, String property) {
        List<LinkOrObject> result = new ArrayList<>();
        for (JsonNode element : elements(node, cap, property)) {
            AsEntity embedded = isLink(element) ? null : entity(element);
            if (embedded != null) {
                result.add(LinkOrObject.of(embedded));
            } else {
                AsIds.idOf(element).map(LinkOrObject::reference).ifPresent(result::add);
            }
        }
        return result;
    }

    private static boolean isLink(JsonNode node) {
        if (!node.isObject()) {
            return false;
        }
        String type = typeOf(node);
        return "Link".equals(type) || "Mention".equals(type) || !node.has("id") && node.has("href");
    }

    private Activity activity(JsonNode n, String type) {
        return new Activity(
                text(n.get("id")),
                type,
                linkOrObject(n.get("actor"), "actor"),
                linkOrObjects(n.get("object"), limits.maxOtherArray(), "object"),
                linkOrObject(n.get("target"), "target"),
                values.recipients(n.get("to"), "to"),
                values.recipients(n.get("cc"), "cc"),
                values.recipients(n.get("audience"), "audience"),
                instant(n.get("published")),
                text(n.get("summary")),
                text(n.get("content")),
                values.tags(n.get("tag")));
    }

    private AsObject object(JsonNode n, String type) {
        Map<String, String> contentMap = values.languageMap(n.get("contentMap"), "contentMap");
        String content = text(n.get("content"));
        if (content == null && !contentMap.isEmpty()) {
            content = contentMap.values().iterator().next();
        }
        return new AsObject(
                text(n.get("id")),
                type,
                linkOrObjects(n.get("attributedTo"), limits.maxOtherArray(), "attributedTo"),
                text(n.get("name")),
                text(n.get("summary")),
                content,
                contentMap,
                text(n.get("mediaType")),
                bool(n.get("sensitive")),
                values.id(n.get("inReplyTo")),
                instant(n.get("published")),
                instant(n.get("updated")),
                values.links(n.get("url"), "url"),
                values.recipients(n.get("to"), "to"),
                values.recipients(n.get("cc"), "cc"),
                values.recipients(n.get("audience"), "audience"),
                values.tags(n.get("tag")),
                values.attachments(n.get("attachment")),
                quote(n),
                linkOrObject(n.get("replies"), "replies"),
                instant(n.get("startTime")),
                instant(n.get("endTime")),
                values.place(n.get("location")),
                poll(n, type));
    }

    private String quote(JsonNode n) {
        for (String property : QUOTE_PROPERTIES) {
            String id = values.id(n.get(property));
            if (id != null) {
                return id;
            }
        }
        return null;
    }

    private Poll poll(JsonNode n, String type) {
        if (!"Question".equals(type) && !n.has("oneOf") && !n.has("anyOf")) {
            return null;
        }
        JsonNode closed = n.get("closed");
        boolean isClosed = closed != null && (closed.isTextual() || bool(closed));
        return new Poll(
                values.pollOptions(n.get("oneOf"), "oneOf"),
                values.pollOptions(n.get("anyOf"), "anyOf"),
                isClosed,
                instant(closed),
                integer(n.get("votersCount")));
    }

    private Actor actor(JsonNode n, String type) {
        return new Actor(
                text(n.get("id")),
                type,
                text(n.get("preferredUsername")),
                text(n.get("name")),
                text(n.get("summary")),
                values.id(n.get("inbox")),
                values.id(n.get("outbox")),
                values.id(n.get("followers")),
                values.id(n.get("following")),
                values.id(n.get("featured")),
                values.id(n.path("endpoints").get("sharedInbox")),
                values.publicKeys(n.get("publicKey")),
                values.verificationMethods(n.get("assertionMethod")),
                values.image(n.get("icon"), "icon"),
                values.image(n.get("image"), "image"),
                values.links(n.get("url"), "url"),
                bool(n.get("manuallyApprovesFollowers")),
                bool(n.get("discoverable")),
                bool(n.get("indexable")),
                values.id(n.get("movedTo")),
                values.ids(n.get("alsoKnownAs"), "alsoKnownAs"),
                instant(n.get("published")),
                values.attachments(n.get("attachment")),
                values.tags(n.get("tag")));
    }

    private AsCollection collection(JsonNode n, String type) {
        boolean ordered = n.has("orderedItems");
        return new AsCollection(
                text(n.get("id")),
                type,
                integer(n.get("totalItems")),
                linkOrObject(n.get("first"), "first"),
                linkOrObject(n.get("last"), "last"),
                values.id(n.get("next")),
                values.id(n.get("prev")),
                values.id(n.get("partOf")),
                linkOrObjects(n.get(ordered ? "orderedItems" : "items"), limits.maxCollectionItems(),
                        ordered ? "orderedItems" : "items"));
    }
}
