package org.serge.web.api;

import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mastodon's Link header for paged lists: absolute URLs, rel="next" (older: max_id) first, then rel="prev"
 * (newer: min_id), keeping the request's other query parameters.
 */
public final class LinkHeader {

    private static final Set<String> PAGING = Set.of("max_id", "since_id", "min_id");

    private LinkHeader() {
    }

    /** Sets the header when the page has entries; {@code newest} and {@code oldest} are the page's keys. */
    public static void set(RoutingContext ctx, String base, Long newest, Long oldest) {
        if (newest == null || oldest == null) {
            return;
        }
        String next = url(ctx, base, "max_id", oldest);
        String prev = url(ctx, base, "min_id", newest);
        ctx.response().putHeader("Link", "<" + next + ">; rel=\"next\", <" + prev + ">; rel=\"prev\"");
    }

    /** For a list of ids newest first. */
    public static void set(RoutingContext ctx, String base, List<Long> keys) {
        if (!keys.isEmpty()) {
            set(ctx, base, keys.get(0), keys.get(keys.size() - 1));
        }
    }

    private static String url(RoutingContext ctx, String base, String name, long value) {
        StringBuilder url = new StringBuilder(base).append(ctx.request().path()).append('?');
        for (Map.Entry<String, String> param : ctx.queryParams()) {
            if (PAGING.contains(param.getKey())) {
                continue;
            }
            url.append(encode(param.getKey())).append('=').append(encode(param.getValue())).append('&');
        }
        return url.append(name).append('=').append(value).toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("%5B", "[").replace("%5D", "]");
    }
}
