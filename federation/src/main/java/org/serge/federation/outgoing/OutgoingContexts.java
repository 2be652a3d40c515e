package org.serge.federation.outgoing;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.serge.federation.actor.Contexts;

/** The @context of what Serge sends: ActivityStreams plus the Mastodon terms that add meaning to a status. */
public final class OutgoingContexts {

    private OutgoingContexts() {
    }

    /** For activities that carry a status (Create, Update, Announce, Delete...). */
    public static JsonArray status() {
        return new JsonArray()
                .add(Contexts.ACTIVITY_STREAMS)
                .add(new JsonObject()
                        .put("sensitive", "as:sensitive")
                        .put("Hashtag", "as:Hashtag")
                        .put("toot", "http://joinmastodon.org/ns#")
                        .put("votersCount", "toot:votersCount")
                        .put("blurhash", "toot:blurhash")
                        .put("focalPoint", new JsonObject().put("@container", "@list").put("@id", "toot:focalPoint")));
    }

    /** For activities that carry only ids (Follow, Like, Block, Accept...). */
    public static String plain() {
        return Contexts.ACTIVITY_STREAMS;
    }
}
