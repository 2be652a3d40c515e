package org.serge.core.filter;

/**
 * One entry of {@code keywords_attributes}: a new keyword (no id), a change to an existing one (id), or its
 * removal (id and destroy). Null fields keep what is stored (or take the defaults for a new keyword).
 */
public record KeywordChange(Long id, String keyword, Boolean wholeWord, boolean destroy) {
}
