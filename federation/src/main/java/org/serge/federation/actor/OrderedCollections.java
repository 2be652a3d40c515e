package org.serge.federation.actor;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** OrderedCollection documents. */
public final class OrderedCollections {

    private OrderedCollections() {
    }

    /**
     * A collection that tells only how many items it has: what followers and following are, so that a union's
     * member list (the followers of its Group) is never published.
     */
    public static JsonObject countOnly(String id, long totalItems) {
        return new JsonObject()
                .put("@context", Contexts.collection())
                .put("id", id)
                .put("type", "OrderedCollection")
                .put("totalItems", totalItems);
    }

    /** The collection document of a paged collection: its size and a link to its first page. */
    public static JsonObject paged(String id, long totalItems) {
        return countOnly(id, totalItems).put("first", id + "?page=true");
    }

    /** One page; {@code next} is null on the last page. */
    public static JsonObject page(String collectionId, String pageId, JsonArray items, String next) {
        JsonObject page = new JsonObject()
                .put("@context", Contexts.collection())
                .put("id", pageId)
                .put("type", "OrderedCollectionPage")
                .put("partOf", collectionId)
                .put("orderedItems", items);
        if (next != null) {
            page.put("next", next);
        }
        return page;
    }

    /** A collection with no items (what a new actor's outbox, followers and following are). */
    public static JsonObject emptyOrdered(String id) {
        return new JsonObject()
                .put("@context", Contexts.collection())
                .put("id", id)
                .put("type", "OrderedCollection")
                .put("totalItems", 0)
                .put("orderedItems", new JsonArray());
    }
}
