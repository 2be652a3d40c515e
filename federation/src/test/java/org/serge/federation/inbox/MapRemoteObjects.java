package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.serge.core.error.ServiceException;

/** Objects "on remote servers": a map from URI to document; anything else is a 404. */
final class MapRemoteObjects implements RemoteObjects {

    final Map<String, JsonObject> documents = new ConcurrentHashMap<>();
    final List<String> fetched = new ArrayList<>();

    MapRemoteObjects put(JsonObject document) {
        documents.put(document.getString("id"), document);
        return this;
    }

    @Override
    public synchronized Future<JsonObject> fetch(String uri) {
        fetched.add(uri);
        JsonObject document = documents.get(uri);
        return document == null ? Future.failedFuture(ServiceException.notFound("no such object"))
                : Future.succeededFuture(document.copy());
    }
}
