package org.serge.web.http;

import io.vertx.ext.web.ParsedHeaderValues;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.MIMEHeader;

/** Content negotiation between ActivityPub JSON-LD and HTML, by the client's Accept header and its q-values. */
public final class Negotiation {

    /** What a client asked for. */
    public enum Wanted { ACTIVITY_JSON, LD_JSON, HTML }

    private Negotiation() {
    }

    public static Wanted of(RoutingContext ctx) {
        ParsedHeaderValues parsed = ctx.parsedHeaders();
        for (MIMEHeader accept : parsed.accept()) {
            String component = accept.component();
            String sub = accept.subComponent();
            if ("application".equals(component)) {
                if ("activity+json".equals(sub) || "json".equals(sub)) {
                    return Wanted.ACTIVITY_JSON;
                }
                if ("ld+json".equals(sub)) {
                    return Wanted.LD_JSON;
                }
            }
            if ("text".equals(component) && "html".equals(sub)) {
                return Wanted.HTML;
            }
        }
        return Wanted.HTML;
    }

    public static boolean wantsJson(RoutingContext ctx) {
        return of(ctx) != Wanted.HTML;
    }

    /** True when the client's best-liked type is HTML (a browser), for error pages. */
    public static boolean prefersHtml(RoutingContext ctx) {
        for (MIMEHeader accept : ctx.parsedHeaders().accept()) {
            return "text".equals(accept.component()) && "html".equals(accept.subComponent());
        }
        return false;
    }
}
