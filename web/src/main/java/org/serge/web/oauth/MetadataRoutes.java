package org.serge.web.oauth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.serge.core.config.LocalUris;
import org.serge.core.token.Scopes;
import org.serge.web.http.MediaTypes;
import org.serge.web.http.Responses;

/** {@code GET /.well-known/oauth-authorization-server} (RFC 8414), as Mastodon 4.3 publishes it. */
public final class MetadataRoutes {

    private final JsonObject document;

    public MetadataRoutes(LocalUris uris) {
        String base = uris.base();
        this.document = new JsonObject()
                .put("issuer", base + "/")
                .put("service_documentation", "https://docs.joinmastodon.org/")
                .put("authorization_endpoint", base + "/oauth/authorize")
                .put("token_endpoint", base + "/oauth/token")
                .put("revocation_endpoint", base + "/oauth/revoke")
                .put("app_registration_endpoint", base + "/api/v1/apps")
                .put("scopes_supported", new JsonArray(Scopes.supported()))
                .put("response_types_supported", new JsonArray().add("code"))
                .put("response_modes_supported", new JsonArray().add("query"))
                .put("grant_types_supported", new JsonArray().add("authorization_code").add("client_credentials"))
                .put("code_challenge_methods_supported", new JsonArray().add("S256"))
                .put("token_endpoint_auth_methods_supported",
                        new JsonArray().add("client_secret_basic").add("client_secret_post"));
    }

    public void mount(Router router) {
        router.get("/.well-known/oauth-authorization-server")
                .handler(ctx -> Responses.json(ctx, 200, MediaTypes.JSON, document));
    }
}
