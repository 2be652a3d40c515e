package org.serge.federation.actor;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** OrderedCollection documents. */
public final class OrderedCollections {

    private OrderedCollections() {
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
