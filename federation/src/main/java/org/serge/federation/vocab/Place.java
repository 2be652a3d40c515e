package org.serge.federation.vocab;

/** An Event's location; {@code address} is a PostalAddress flattened to one line, or the address text as sent. */
public record Place(String id, String name, String address, Double latitude, Double longitude) {
}
