package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Optional;
import org.serge.core.error.ServiceException;
import org.serge.federation.net.Origins;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.federation.vocab.ActivityStreamsException;
import org.serge.federation.vocab.AsEntity;
import org.serge.federation.vocab.LinkOrObject;

/**
 * Rule 4: an object embedded in an activity is taken as sent only when it comes from the sender's origin;
 * otherwise (or when only referenced) it is fetched from its own origin.
 */
public final class TrustedObjects {

    private final RemoteObjects remoteObjects;
    private final ActivityStreamsCodec codec;

    public TrustedObjects(RemoteObjects remoteObjects, ActivityStreamsCodec codec) {
        this.remoteObjects = remoteObjects;
        this.codec = codec;
    }

    /**
     * The activity's object, or empty when it has no id or does not exist (404, 410). Other fetch failures fail
     * the future, so that the activity is tried again later.
     */
    public Future<Optional<TrustedObject>> object(LinkOrObject ref, JsonObject raw, String senderUri) {
        if (ref == null || ref.id() == null) {
            return Future.succeededFuture(Optional.empty());
        }
        if (ref.isEmbedded() && Origins.sameOrigin(ref.id(), senderUri)) {
            JsonObject json = embeddedJson(raw);
            return Future.succeededFuture(Optional.of(new TrustedObject(ref.embedded(),
                    json != null ? json : new JsonObject().put("id", ref.id()))));
        }
        return fetch(ref.id());
    }

    /** The document at uri from its origin; empty when it does not exist or cannot be read. */
    public Future<Optional<TrustedObject>> fetch(String uri) {
        return remoteObjects.fetch(uri)
                .map(json -> parse(uri, json))
                .recover(e -> isGone(e) ? Future.succeededFuture(Optional.empty()) : Future.failedFuture(e));
    }

    private Optional<TrustedObject> parse(String uri, JsonObject json) {
        try {
            AsEntity entity = codec.read(codec.readTree(json.toBuffer().getBytes())).entity();
            if (entity == null || entity.id() == null || !Origins.sameOrigin(entity.id(), uri)) {
                return Optional.empty();
            }
            return Optional.of(new TrustedObject(entity, json));
        } catch (ActivityStreamsException e) {
            return Optional.empty();
        }
    }

    private static JsonObject embeddedJson(JsonObject raw) {
        Object value = raw == null ? null : raw.getValue("object");
        if (value instanceof JsonArray array && !array.isEmpty()) {
            value = array.getValue(0);
        }
        return value instanceof JsonObject object ? object : null;
    }

    private static boolean isGone(Throwable e) {
        if (e instanceof GoneActorException) {
            return true;
        }
        return e instanceof ServiceException service && (service.status() == 404 || service.status() == 410
                || service.status() == 403);
    }
}
