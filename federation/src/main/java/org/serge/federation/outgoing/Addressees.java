package org.serge.federation.outgoing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The to and cc of an object or activity. */
public record Addressees(List<String> to, List<String> cc) {

    public Addressees {
        to = List.copyOf(to);
        cc = List.copyOf(cc);
    }

    /** Puts to and cc on a document (both, even when empty, as Mastodon does). */
    public JsonObject applyTo(JsonObject document) {
        return document.put("to", new JsonArray(List.copyOf(to))).put("cc", new JsonArray(List.copyOf(cc)));
    }
}
