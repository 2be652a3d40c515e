package org.serge.federation.vocab;

/**
 * A media attachment (Document, Image, Video, Audio), or a profile field on an actor (PropertyValue: name and
 * value). {@code name} is a media attachment's description (alt text).
 */
public record Attachment(
        String type,
        String mediaType,
        String url,
        String name,
        String value,
        String blurhash,
        Integer width,
        Integer height) {

    public boolean isProfileField() {
        return "PropertyValue".equals(type);
    }
}
