package org.serge.web.oauth;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import org.serge.core.oauth.ApplicationService;
import org.serge.core.oauth.NewApplication;
import org.serge.core.oauth.OAuthApplication;
import org.serge.core.oauth.RegisteredApplication;
import org.serge.web.http.MediaTypes;
import org.serge.web.http.Responses;

/** {@code POST /api/v1/apps} and {@code GET /api/v1/apps/verify_credentials}. */
public final class AppRoutes {

    private final ApplicationService applications;
    private final ApiAuth auth;
    private final BodyHandler body;

    public AppRoutes(ApplicationService applications, ApiAuth auth, BodyHandler body) {
        this.applications = applications;
        this.auth = auth;
        this.body = body;
    }

    public void mount(Router router) {
        router.post("/api/v1/apps").handler(body).handler(this::register);
        router.get("/api/v1/apps/verify_credentials").handler(auth.scope()).handler(this::verify);
    }

    private void register(RoutingContext ctx) {
        Future.succeededFuture(ctx)
                .map(RequestParams::of)
                .compose(params -> applications.register(new NewApplication(params.get("client_name"),
                        params.get("website"), params.all("redirect_uris"), params.get("scopes"))))
                .onSuccess(registered -> Responses.json(ctx, 200, MediaTypes.JSON, render(registered)))
                .onFailure(ctx::fail);
    }

    private void verify(RoutingContext ctx) {
        Authenticated caller = ApiAuth.current(ctx);
        OAuthApplication app = caller.application();
        JsonObject body = app != null ? entity(app)
                // tokens from `admin create-token` belong to no application
                : entity(new OAuthApplication(0, "Serge admin token", null, List.of(), caller.scopes(), "", null));
        Responses.json(ctx, 200, MediaTypes.JSON, body);
    }

    private static JsonObject render(RegisteredApplication registered) {
        return entity(registered.application())
                .put("client_id", registered.application().clientId())
                .put("client_secret", registered.clientSecret())
                .put("client_secret_expires_at", 0);
    }

    private static JsonObject entity(OAuthApplication app) {
        return new JsonObject()
                .put("id", String.valueOf(app.id()))
                .put("name", app.name())
                .put("website", app.website())
                .put("scopes", new JsonArray(List.copyOf(app.scopes())))
                .put("redirect_uri", String.join("\n", app.redirectUris()))
                .put("redirect_uris", new JsonArray(app.redirectUris()))
                .put("vapid_key", "");
    }
}
