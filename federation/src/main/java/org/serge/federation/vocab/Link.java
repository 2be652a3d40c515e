package org.serge.federation.vocab;

/** A URL with its media type when known: an object's url, an actor's icon or header image. */
public record Link(String href, String mediaType) {
}
