package org.serge.federation.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import org.serge.federation.net.Origins;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.federation.vocab.ActivityStreamsException;
import org.serge.federation.vocab.ParseResult;

/**
 * Fetches ActivityPub documents: signed GETs through the {@link GuardedHttpClient}, ActivityPub media types only
 * (rule 2), parsed with the capped codec that never fetches a @context (rule 8), and refused unless the document's
 * id is the URL it finally came from or of the origin that was asked (rule 1, CVE-2024-23832).
 */
public final class RemoteFetcher {

    private final GuardedHttpClient http;
    private final ActivityStreamsCodec codec;

    public RemoteFetcher(GuardedHttpClient http, ActivityStreamsCodec codec) {
        this.http = http;
        this.codec = codec;
    }

    public Future<FetchedDocument> fetch(String url) {
        return http.get(url, MediaTypes.ACTIVITYPUB_ACCEPT, MediaTypes.activityPub(), true).compose(this::document);
    }

    private Future<FetchedDocument> document(RawResponse response) {
        ParseResult parsed;
        try {
            parsed = codec.parse(response.body());
        } catch (ActivityStreamsException e) { // PayloadLimitException is one too
            return Future.failedFuture(new MalformedDocumentException("unreadable document: " + e.getMessage()));
        }
        JsonNode id = parsed.json().get("id");
        if (id == null || !id.isTextual()) {
            return Future.failedFuture(new IdMismatchException("the document has no id"));
        }
        String documentId = id.textValue();
        if (!documentId.equals(response.finalUrl()) && !Origins.sameOrigin(documentId, response.requestedUrl())) {
            return Future.failedFuture(new IdMismatchException("the document's id is not of the origin it came from"));
        }
        return Future.succeededFuture(
                new FetchedDocument(response.requestedUrl(), response.finalUrl(), documentId, parsed));
    }
}
