package org.serge.core.filter;

import java.util.List;

/**
 * A filter as submitted; null fields keep the stored value on an update. {@code expiresIn}: seconds from now,
 * 0 for no expiry, null to keep (or none when creating).
 */
public record FilterInput(String title, List<String> contexts, String action, Long expiresIn,
                          List<KeywordChange> keywords) {

    public FilterInput {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
