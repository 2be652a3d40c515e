package org.serge.web.health;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.serge.core.health.HealthCheck;
import org.serge.web.http.MediaTypes;
import org.serge.web.http.Responses;

/** {@code GET /health}: 200 when PostgreSQL answers, 503 otherwise. */
public final class HealthRoutes {

    private final HealthCheck health;

    public HealthRoutes(HealthCheck health) {
        this.health = health;
    }

    public void mount(Router router) {
        router.get("/health").handler(ctx -> health.check()
                .onSuccess(ok -> Responses.json(ctx, 200, MediaTypes.JSON, new JsonObject().put("status", "ok")))
                .onFailure(ctx::fail));
    }
}
