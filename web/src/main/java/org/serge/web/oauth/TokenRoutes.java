package org.serge.web.oauth;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.serge.core.oauth.IssuedToken;
import org.serge.core.oauth.OAuthException;
import org.serge.core.oauth.ScopeText;
import org.serge.core.oauth.TokenGrantService;

/** {@code POST /oauth/token} (authorization_code, client_credentials) and {@code POST /oauth/revoke}. */
public final class TokenRoutes {

    private final TokenGrantService grants;
    private final BodyHandler body;

    public TokenRoutes(TokenGrantService grants, BodyHandler body) {
        this.grants = grants;
        this.body = body;
    }

    public void mount(Router router) {
        router.post("/oauth/token").handler(body).handler(this::token);
        router.post("/oauth/revoke").handler(body).handler(this::revoke);
    }

    private void token(RoutingContext ctx) {
        Future.succeededFuture(ctx)
                .map(RequestParams::of)
                .compose(params -> {
                    ClientCredentials client = ClientCredentials.of(ctx, params);
                    String grantType = params.get("grant_type");
                    if (grantType == null || grantType.isEmpty()) {
                        return Future.failedFuture(OAuthException.invalidRequest("The grant_type is missing."));
                    }
                    return switch (grantType) {
                        case "authorization_code" -> grants.exchangeCode(client.clientId(), client.clientSecret(),
                                params.get("code"), params.get("redirect_uri"), params.get("code_verifier"));
                        case "client_credentials" -> grants.clientCredentials(client.clientId(),
                                client.clientSecret(), params.get("scope"));
                        default -> Future.failedFuture(OAuthException.unsupportedGrantType());
                    };
                })
                .onSuccess(issued -> OAuthJson.ok(ctx, render(issued)))
                .onFailure(failure -> OAuthJson.fail(ctx, failure));
    }

    private void revoke(RoutingContext ctx) {
        Future.succeededFuture(ctx)
                .map(RequestParams::of)
                .compose(params -> {
                    ClientCredentials client = ClientCredentials.of(ctx, params);
                    return grants.revoke(client.clientId(), client.clientSecret(), params.get("token"));
                })
                .onSuccess(v -> OAuthJson.ok(ctx, new JsonObject()))
                .onFailure(failure -> OAuthJson.fail(ctx, failure));
    }

    private static JsonObject render(IssuedToken issued) {
        return new JsonObject()
                .put("access_token", issued.accessToken())
                .put("token_type", "Bearer")
                .put("scope", ScopeText.join(issued.scopes()))
                .put("created_at", issued.createdAt().toEpochSecond());
    }
}
