package org.serge.federation.vocab;

/**
 * One entry of an object's tag list. {@code href} is the mentioned actor or hashtag page (or, for an object link
 * as in FEP-e232, the linked object); {@code iconUrl} is an Emoji's image; {@code name} is "@user@host", "#tag"
 * or ":shortcode:".
 */
public record Tag(String type, String id, String name, String href, String mediaType, String iconUrl) {

    public boolean isMention() {
        return "Mention".equals(type);
    }

    public boolean isHashtag() {
        return "Hashtag".equals(type);
    }

    public boolean isEmoji() {
        return "Emoji".equals(type);
    }
}
