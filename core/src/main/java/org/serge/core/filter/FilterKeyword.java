package org.serge.core.filter;

/** One keyword of a filter; {@code wholeWord} matches it only between word boundaries. */
public record FilterKeyword(long id, String keyword, boolean wholeWord) {
}
