package org.serge.federation.vocab;

import java.util.List;

/**
 * A Collection, OrderedCollection or one of their pages. {@code items} holds items or orderedItems, whichever
 * was sent. {@code first} may be an embedded page (Mastodon embeds it in replies) or a reference.
 */
public record AsCollection(
        String id,
        String type,
        Integer totalItems,
        LinkOrObject first,
        LinkOrObject last,
        String next,
        String prev,
        String partOf,
        List<LinkOrObject> items) implements AsEntity {

    public boolean isPage() {
        return type.endsWith("Page");
    }
}
