package org.serge.web.oauth;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import org.serge.core.account.AccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.oauth.AccessTokenRepository;
import org.serge.core.oauth.ApplicationRepository;
import org.serge.core.oauth.ApplicationService;
import org.serge.core.oauth.AuthorizationCodeRepository;
import org.serge.core.oauth.AuthorizationService;
import org.serge.core.oauth.CredentialRepository;
import org.serge.core.oauth.LoginThrottle;
import org.serge.core.oauth.TokenGrantService;

/**
 * OAuth 2 as Mastodon clients use it, bearer-token authentication for the API, and CORS. Build it once per node
 * (its token cache is shared by every HTTP verticle) and mount it on each router right after the request log,
 * before any other route.
 */
public final class OAuthModule {

    private static final int BODY_LIMIT = 64 * 1024;

    private final NodeConfig config;
    private final LocalUris uris;
    private final ApiAuth auth;
    private final ApplicationService applications;
    private final AuthorizationService authorizations;
    private final TokenGrantService grants;

    public OAuthModule(Vertx vertx, Pool pool, NodeConfig config, LocalUris uris, AccountRepository accounts) {
        this.config = config;
        this.uris = uris;
        ApplicationRepository applicationRepository = new ApplicationRepository(pool);
        AccessTokenRepository tokens = new AccessTokenRepository(pool);
        AuthorizationCodeRepository codes = new AuthorizationCodeRepository(pool);
        this.auth = new ApiAuth(tokens, applicationRepository, accounts);
        this.applications = new ApplicationService(applicationRepository);
        this.authorizations = new AuthorizationService(vertx, applications, new CredentialRepository(pool),
                new LoginThrottle(pool), codes);
        this.grants = new TokenGrantService(applications, codes, tokens, auth);
    }

    /** For the API's other handlers: {@code auth.user("read:statuses")} before a route, then ApiAuth.current. */
    public ApiAuth auth() {
        return auth;
    }

    public void mount(Router router) {
        ApiCors.mount(router);
        BodyHandler body = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
        new MetadataRoutes(uris).mount(router);
        new AppRoutes(applications, auth, body).mount(router);
        new AuthorizeRoutes(authorizations, config.domain(), !config.dev(), body).mount(router);
        new TokenRoutes(grants, body).mount(router);
    }
}
