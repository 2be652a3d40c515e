package org.serge.core.filter;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A member's filter (Mastodon's filters v2): where it applies ({@code contexts}: home, notifications, public,
 * thread, account), what it does ({@code action}: warn or hide), until when, and its keywords.
 */
public record Filter(long id, long accountId, String title, List<String> contexts, String action,
                     OffsetDateTime expiresAt, List<FilterKeyword> keywords) {

    public Filter {
        contexts = List.copyOf(contexts);
        keywords = List.copyOf(keywords);
    }

    public boolean hides(String context) {
        return "hide".equals(action) && contexts.contains(context);
    }
}
