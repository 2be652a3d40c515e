package org.serge.web.api;

import io.vertx.ext.web.Router;
import org.serge.core.account.AccountViews;
import org.serge.core.error.ServiceException;
import org.serge.core.follow.FollowRepository;
import org.serge.web.api.entity.AccountEntity;
import org.serge.web.http.MediaTypes;
import org.serge.web.http.Responses;
import org.serge.web.oauth.ApiAuth;

/** {@code GET /api/v1/accounts/verify_credentials}: the member a token speaks for, with counts and source. */
public final class CredentialsRoutes {

    private final ApiAuth auth;
    private final AccountViews views;
    private final FollowRepository follows;
    private final AccountEntity entity;

    public CredentialsRoutes(ApiAuth auth, AccountViews views, FollowRepository follows, AccountEntity entity) {
        this.auth = auth;
        this.views = views;
        this.follows = follows;
        this.entity = entity;
    }

    public void mount(Router router) {
        router.get("/api/v1/accounts/verify_credentials")
                .handler(auth.user("read:accounts", "profile"))
                .handler(ctx -> {
                    long id = ApiAuth.current(ctx).account().id();
                    views.find(id)
                            .compose(view -> view.isEmpty()
                                    ? io.vertx.core.Future.failedFuture(ServiceException.unauthorized(ApiAuth.INVALID_TOKEN))
                                    : follows.countRequestsTo(id).map(count -> entity.credential(view.get(), count)))
                            .onSuccess(body -> Responses.json(ctx, 200, MediaTypes.JSON, body))
                            .onFailure(ctx::fail);
                });
    }
}
