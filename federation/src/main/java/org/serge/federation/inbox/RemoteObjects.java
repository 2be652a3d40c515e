package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;

/**
 * Fetches an ActivityPub object from its origin. An implementation checks that the document's id is the URL it
 * was fetched from or of its origin (rule 1). Fails with a ServiceException 404 (or {@link GoneActorException})
 * when the object does not exist; any other failure is taken as temporary.
 */
public interface RemoteObjects {

    Future<JsonObject> fetch(String uri);
}
