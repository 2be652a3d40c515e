package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.serge.core.error.ServiceException;
import org.serge.federation.fetch.RemoteFetcher;
import org.serge.federation.fetch.RemoteStatusException;

/** Remote objects for the inbox handlers, fetched by the node's guarded fetcher (signed, SSRF-checked, id-checked). */
public final class FetcherRemoteObjects implements RemoteObjects {

    private final RemoteFetcher fetcher;

    public FetcherRemoteObjects(RemoteFetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public Future<JsonObject> fetch(String uri) {
        return fetcher.fetch(uri)
                .map(document -> new JsonObject(document.parsed().json().toString()))
                .recover(error -> {
                    if (error instanceof RemoteStatusException remote && remote.isGone()) {
                        return Future.failedFuture(new GoneActorException(uri));
                    }
                    if (error instanceof RemoteStatusException remote && remote.remoteStatus() == 404) {
                        return Future.failedFuture(ServiceException.notFound("no such object"));
                    }
                    return Future.failedFuture(error);
                });
    }
}
