package org.serge.web.http;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writing answers. */
public final class Responses {

    private Responses() {
    }

    public static Future<Void> json(RoutingContext ctx, int status, String contentType, JsonObject body) {
        return ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .end(body.encode());
    }

    /** An ActivityPub document, in the JSON-LD flavour the client asked for. */
    public static Future<Void> activity(RoutingContext ctx, JsonObject document) {
        String type = Negotiation.of(ctx) == Negotiation.Wanted.LD_JSON ? MediaTypes.LD_JSON_AS
                : MediaTypes.ACTIVITY_JSON;
        if (!ctx.response().headers().contains(HttpHeaders.VARY)) {
            ctx.response().putHeader(HttpHeaders.VARY, "Accept");
        }
        return json(ctx, 200, type, document);
    }

    public static Future<Void> html(RoutingContext ctx, int status, String page) {
        return ctx.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.HTML)
                .putHeader(HttpHeaders.VARY, "Accept")
                .end(page);
    }
}
