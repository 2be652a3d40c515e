package org.serge.web.api.misc;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.serge.web.oauth.ApiAuth;

/**
 * Endpoints that clients call at start-up and that Serge has nothing behind yet: they answer 200 with an empty
 * list (Ivory crashed on 404s), with Mastodon's scopes. Preferences are Mastodon's defaults.
 */
public final class StartupRoutes {

    private final ApiAuth auth;

    public StartupRoutes(ApiAuth auth) {
        this.auth = auth;
    }

    public void mount(Router router) {
        router.get("/api/v1/preferences").handler(auth.user("read:accounts"))
                .handler(ctx -> JsonAnswers.object(ctx, preferences()));
        router.get("/api/v1/custom_emojis").handler(auth.optional()).handler(ctx -> empty(ctx));
        router.get("/api/v1/announcements").handler(auth.user("read")).handler(ctx -> empty(ctx));
        for (String path : new String[]{"/api/v1/trends", "/api/v1/trends/tags", "/api/v1/trends/statuses",
                "/api/v1/trends/links"}) {
            router.get(path).handler(auth.optional()).handler(ctx -> empty(ctx));
        }
        router.get("/api/v1/suggestions").handler(auth.user("read")).handler(ctx -> empty(ctx));
        router.get("/api/v2/suggestions").handler(auth.user("read")).handler(ctx -> empty(ctx));
        router.get("/api/v1/endorsements").handler(auth.user("read:accounts")).handler(ctx -> empty(ctx));
    }

    private static void empty(io.vertx.ext.web.RoutingContext ctx) {
        JsonAnswers.array(ctx, new JsonArray());
    }

    static JsonObject preferences() {
        return new JsonObject()
                .put("posting:default:visibility", "public")
                .put("posting:default:sensitive", false)
                .put("posting:default:language", null)
                .put("reading:expand:media", "default")
                .put("reading:expand:spoilers", false)
                .put("reading:autoplay:gifs", false);
    }
}
