package org.serge.web.api;

import io.vertx.ext.web.Router;
import org.serge.web.http.MediaTypes;
import org.serge.web.http.Responses;
import org.serge.web.oauth.ApiAuth;

/** {@code GET /api/v1/accounts/verify_credentials}: the member a token speaks for. */
public final class CredentialsRoutes {

    private final ApiAuth auth;
    private final AccountEntity entity;

    public CredentialsRoutes(ApiAuth auth, AccountEntity entity) {
        this.auth = auth;
        this.entity = entity;
    }

    public void mount(Router router) {
        router.get("/api/v1/accounts/verify_credentials")
                .handler(auth.user("read:accounts", "profile"))
                .handler(ctx -> Responses.json(ctx, 200, MediaTypes.JSON,
                        entity.credential(ApiAuth.current(ctx).account())));
    }
}
