package org.serge.web.api.misc;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.serge.web.http.MediaTypes;

/** JSON answers of the API: objects and arrays with status 200. */
public final class JsonAnswers {

    private JsonAnswers() {
    }

    public static void object(RoutingContext ctx, JsonObject body) {
        ctx.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.JSON).end(body.encode());
    }

    public static void array(RoutingContext ctx, JsonArray body) {
        ctx.response().setStatusCode(200).putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.JSON).end(body.encode());
    }
}
