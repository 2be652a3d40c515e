package org.serge.web.api.misc;

import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.serge.core.paging.Page;

/**
 * Mastodon's paging Link header: absolute URLs with the request's own parameters, rel="next" (older, max_id) first
 * because some clients only match it at the start, then rel="prev" (newer, min_id).
 */
public final class LinkHeader {

    private static final Set<String> PAGING = Set.of("max_id", "since_id", "min_id");

    private final String base;

    public LinkHeader(String base) {
        this.base = base;
    }

    /** Sets the header for a page; an empty page gets none. */
    public void set(RoutingContext ctx, Page<?> page) {
        if (page.isEmpty() || page.newestId() == null) {
            return;
        }
        String url = base + ctx.request().path() + "?" + keptParameters(ctx.request().query());
        ctx.response().putHeader("Link", "<" + url + "max_id=" + page.oldestId() + ">; rel=\"next\", <"
                + url + "min_id=" + page.newestId() + ">; rel=\"prev\"");
    }

    /** The query without its paging parameters, as the client encoded it, ending with '&' when not empty. */
    static String keptParameters(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String decoded;
            try {
                decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                continue;
            }
            if (!PAGING.contains(decoded)) {
                kept.add(pair);
            }
        }
        return kept.isEmpty() ? "" : String.join("&", kept) + "&";
    }
}
