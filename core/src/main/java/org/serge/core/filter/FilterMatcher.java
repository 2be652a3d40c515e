package org.serge.core.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Matches filters' keywords against a status's text as Mastodon does: case-insensitive, a whole-word keyword only
 * between word boundaries (at the ends that are word characters).
 */
public final class FilterMatcher {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern WORD_START = Pattern.compile("^\\w", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD_END = Pattern.compile("\\w$", Pattern.UNICODE_CHARACTER_CLASS);

    private FilterMatcher() {
    }

    /** The filters whose keywords occur in the text, each with the keywords found. */
    public static List<FilterMatch> match(List<Filter> filters, String text) {
        if (filters.isEmpty() || text == null || text.isEmpty()) {
            return List.of();
        }
        List<FilterMatch> matches = new ArrayList<>();
        for (Filter filter : filters) {
            List<String> found = new ArrayList<>();
            for (FilterKeyword keyword : filter.keywords()) {
                if (pattern(keyword).matcher(text).find()) {
                    found.add(keyword.keyword());
                }
            }
            if (!found.isEmpty()) {
                matches.add(new FilterMatch(filter, found));
            }
        }
        return matches;
    }

    static Pattern pattern(FilterKeyword keyword) {
        String word = keyword.keyword();
        if (!keyword.wholeWord()) {
            return Pattern.compile(Pattern.quote(word), FLAGS);
        }
        String start = WORD_START.matcher(word).find() ? "\\b" : "";
        String end = WORD_END.matcher(word).find() ? "\\b" : "";
        return Pattern.compile(start + Pattern.quote(word) + end, FLAGS);
    }
}
