package org.serge.core.filter;

import java.util.List;

/** A filter that matched a status, and which of its keywords did (Mastodon's FilterResult). */
public record FilterMatch(Filter filter, List<String> keywordMatches) {

    public FilterMatch {
        keywordMatches = List.copyOf(keywordMatches);
    }
}
