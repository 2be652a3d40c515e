package org.serge.web.oauth;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.CorsHandler;
import java.util.Set;

/**
 * CORS for the API, OAuth and discovery paths, so that web clients on any origin (Elk, Phanpy) can use them:
 * any origin, no credentials (bearer tokens are sent explicitly), Link exposed for paging.
 */
public final class ApiCors {

    private static final String[] PATHS = {"/api/*", "/oauth/*", "/.well-known/*"};

    private ApiCors() {
    }

    public static CorsHandler handler() {
        return CorsHandler.create()
                .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
                        HttpMethod.DELETE, HttpMethod.OPTIONS))
                .allowedHeaders(Set.of("Authorization", "Content-Type", "Idempotency-Key"))
                .exposedHeaders(Set.of("Link"))
                .maxAgeSeconds(86400);
    }

    /** Mounts the handler on every path it covers; call before any route on those paths. */
    public static void mount(Router router) {
        CorsHandler cors = handler();
        for (String path : PATHS) {
            router.route(path).handler(cors);
        }
    }
}
