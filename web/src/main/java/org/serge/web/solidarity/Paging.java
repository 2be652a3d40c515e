package org.serge.web.solidarity;

import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A Link header with only rel="next" (max_id), for lists that page backwards only. */
final class Paging {

    private Paging() {
    }

    static void next(RoutingContext ctx, String base, Long oldest) {
        if (oldest == null) {
            return;
        }
        StringBuilder url = new StringBuilder(base).append(ctx.request().path()).append('?');
        for (Map.Entry<String, String> param : ctx.queryParams()) {
            if (!param.getKey().equals("max_id")) {
                url.append(encode(param.getKey())).append('=').append(encode(param.getValue())).append('&');
            }
        }
        url.append("max_id=").append(oldest);
        ctx.response().putHeader("Link", "<" + url + ">; rel=\"next\"");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
