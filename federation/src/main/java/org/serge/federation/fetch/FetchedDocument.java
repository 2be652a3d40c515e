package org.serge.federation.fetch;

import org.serge.federation.vocab.ParseResult;

/**
 * An ActivityPub document fetched and checked: its id is {@code finalUrl} or of the origin of {@code requestedUrl}.
 */
public record FetchedDocument(String requestedUrl, String finalUrl, String id, ParseResult parsed) {
}
