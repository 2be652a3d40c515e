package org.serge.web.api.misc;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.core.error.ServiceException;
import org.serge.core.marker.Marker;
import org.serge.core.marker.MarkerService;
import org.serge.web.api.entity.ApiTimes;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.Authenticated;
import org.serge.web.oauth.RequestParams;

/**
 * {@code GET /api/v1/markers?timeline[]=home&timeline[]=notifications} and {@code POST /api/v1/markers} with
 * {@code home[last_read_id]} / {@code notifications[last_read_id]} as a form, a query or JSON objects.
 */
public final class MarkerRoutes {

    private final ApiAuth auth;
    private final MarkerService markers;
    private final BodyHandler body;

    public MarkerRoutes(ApiAuth auth, MarkerService markers, BodyHandler body) {
        this.auth = auth;
        this.markers = markers;
        this.body = body;
    }

    public void mount(Router router) {
        router.get("/api/v1/markers").handler(auth.user("read:statuses")).handler(this::get);
        router.post("/api/v1/markers").handler(body).handler(auth.user("write:statuses")).handler(this::save);
    }

    private void get(RoutingContext ctx) {
        Authenticated caller = ApiAuth.current(ctx);
        List<String> timelines = RequestParams.of(ctx).all("timeline");
        markers.get(caller.account(), timelines.isEmpty() ? MarkerService.TIMELINES : timelines)
                .onSuccess(found -> JsonAnswers.object(ctx, render(found)))
                .onFailure(ctx::fail);
    }

    private void save(RoutingContext ctx) {
        Authenticated caller = ApiAuth.current(ctx);
        Map<String, Long> positions = new LinkedHashMap<>();
        RequestParams params = RequestParams.of(ctx);
        JsonObject json = jsonBody(ctx);
        for (String timeline : List.of("home", "notifications")) {
            String value = params.get(timeline + "[last_read_id]");
            if (value == null && json != null && json.getValue(timeline) instanceof JsonObject nested
                    && nested.getValue("last_read_id") != null) {
                value = nested.getValue("last_read_id").toString();
            }
            if (value != null && !value.isBlank()) {
                try {
                    positions.put(timeline, Long.parseLong(value.strip()));
                } catch (NumberFormatException e) {
                    throw ServiceException.unprocessable("last_read_id is not a valid id");
                }
            }
        }
        markers.save(caller.account(), positions)
                .onSuccess(saved -> JsonAnswers.object(ctx, render(saved)))
                .onFailure(ctx::fail);
    }

    private static JsonObject jsonBody(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")
                || ctx.body() == null || ctx.body().length() == 0) {
            return null;
        }
        try {
            return ctx.body().asJsonObject();
        } catch (RuntimeException e) {
            throw ServiceException.badRequest("the body is not a valid JSON object");
        }
    }

    private static JsonObject render(List<Marker> markers) {
        JsonObject result = new JsonObject();
        markers.forEach(marker -> result.put(marker.timeline(), new JsonObject()
                .put("last_read_id", String.valueOf(marker.lastReadId()))
                .put("version", marker.version())
                .put("updated_at", ApiTimes.time(marker.updatedAt()))));
        return result;
    }
}
