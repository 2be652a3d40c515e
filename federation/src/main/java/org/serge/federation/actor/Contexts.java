package org.serge.federation.actor;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** The JSON-LD contexts Serge puts on what it serves. Receivers never fetch ours: they are the well-known ones. */
public final class Contexts {

    public static final String ACTIVITY_STREAMS = "https://www.w3.org/ns/activitystreams";
    public static final String SECURITY_V1 = "https://w3id.org/security/v1";
    public static final String CID_V1 = "https://www.w3.org/ns/cid/v1";

    private Contexts() {
    }

    public static JsonArray actor() {
        return new JsonArray()
                .add(ACTIVITY_STREAMS)
                .add(SECURITY_V1)
                .add(CID_V1)
                .add(new JsonObject()
                        .put("manuallyApprovesFollowers", "as:manuallyApprovesFollowers")
                        .put("toot", "http://joinmastodon.org/ns#")
                        .put("featured", new JsonObject().put("@id", "toot:featured").put("@type", "@id"))
                        .put("discoverable", "toot:discoverable")
                        .put("indexable", "toot:indexable"));
    }

    public static String collection() {
        return ACTIVITY_STREAMS;
    }
}
