package org.serge.web.api.entity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.serge.core.filter.Filter;
import org.serge.core.filter.FilterKeyword;
import org.serge.core.filter.FilterMatch;

/** Mastodon's Filter, FilterKeyword and FilterResult entities (filters v2). Filtering single statuses is not kept. */
public final class FilterEntity {

    private FilterEntity() {
    }

    public static JsonObject render(Filter filter) {
        JsonArray keywords = new JsonArray();
        filter.keywords().forEach(k -> keywords.add(keyword(k)));
        return new JsonObject()
                .put("id", String.valueOf(filter.id()))
                .put("title", filter.title())
                .put("context", new JsonArray(List.copyOf(filter.contexts())))
                .put("expires_at", ApiTimes.time(filter.expiresAt()))
                .put("filter_action", filter.action())
                .put("keywords", keywords)
                .put("statuses", new JsonArray());
    }

    public static JsonObject keyword(FilterKeyword keyword) {
        return new JsonObject()
                .put("id", String.valueOf(keyword.id()))
                .put("keyword", keyword.keyword())
                .put("whole_word", keyword.wholeWord());
    }

    /** The v1 shape: one filter per keyword, as Mastodon shows v2 filters to v1 clients. */
    public static JsonObject v1(Filter filter, FilterKeyword keyword) {
        return new JsonObject()
                .put("id", String.valueOf(keyword.id()))
                .put("phrase", keyword.keyword())
                .put("context", new JsonArray(List.copyOf(filter.contexts())))
                .put("whole_word", keyword.wholeWord())
                .put("expires_at", ApiTimes.time(filter.expiresAt()))
                .put("irreversible", "hide".equals(filter.action()));
    }

    public static JsonArray results(List<FilterMatch> matches) {
        JsonArray results = new JsonArray();
        matches.forEach(m -> results.add(new JsonObject()
                .put("filter", render(m.filter()))
                .put("keyword_matches", new JsonArray(List.copyOf(m.keywordMatches())))
                .put("status_matches", null)));
        return results;
    }
}
