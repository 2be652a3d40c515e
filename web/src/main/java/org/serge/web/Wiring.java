package org.serge.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import java.util.Set;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.AccountService;
import org.serge.core.account.ActorType;
import org.serge.core.account.NewAccount;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.health.HealthCheck;
import org.serge.core.token.TokenService;
import org.serge.federation.actor.ActorDocuments;
import org.serge.web.activitypub.ActorRoutes;
import org.serge.web.discovery.HostMetaRoutes;
import org.serge.web.discovery.NodeInfoRoutes;
import org.serge.web.discovery.WebFingerRoutes;
import org.serge.web.health.HealthRoutes;
import org.serge.web.http.FailureHandler;
import org.serge.web.http.RequestLog;
import org.serge.web.oauth.OAuthModule;
import org.serge.web.pages.ProfilePage;

/** The one place where the node's parts are built and connected. No service locator: constructors only. */
public final class Wiring {

    private final NodeConfig config;
    private final LocalUris uris;
    private final AccountService accounts;
    private final TokenService tokens;
    private final HealthCheck health;
    private final ActorDocuments actorDocuments;
    private final OAuthModule oauth;

    public Wiring(Vertx vertx, Pool pool, NodeConfig config) {
        this.config = config;
        this.uris = new LocalUris(config);
        this.accounts = new AccountService(vertx, pool, new AccountRepository(pool),
                Set.of(config.orgHandle(), applicationUsername(config)));
        this.tokens = new TokenService(pool);
        this.health = new HealthCheck(pool);
        this.actorDocuments = new ActorDocuments(uris);
        this.oauth = new OAuthModule(vertx, pool, config, uris, new AccountRepository(pool));
    }

    public AccountService accounts() {
        return accounts;
    }

    public TokenService tokens() {
        return tokens;
    }

    public HealthCheck health() {
        return health;
    }

    /** Creates the node's Application actor and its organisation's Group actor when they are missing. */
    public Future<Void> ensureNodeActors() {
        String host = applicationUsername(config);
        return accounts.ensureNodeActor(new NewAccount(host, ActorType.Application, host,
                        "The server actor of " + config.domain(), null, false, true))
                .compose(app -> accounts.ensureNodeActor(new NewAccount(config.orgHandle(), ActorType.Group,
                        config.orgName(), config.orgSummary(), null, false, false)))
                .mapEmpty();
    }

    /** The HTTP routes; one router per HTTP verticle instance. */
    public Router router(Vertx vertx) {
        Router router = Router.router(vertx);
        router.route().handler(new RequestLog());
        oauth.mount(router);
        new HealthRoutes(health).mount(router);
        new WebFingerRoutes(config, uris, accounts).mount(router);
        new HostMetaRoutes(config).mount(router);
        new NodeInfoRoutes(config, uris, accounts).mount(router);
        new ActorRoutes(uris, accounts, actorDocuments, new ProfilePage(uris, config.domain())).mount(router);
        router.get("/static/*").handler(StaticHandler.create("static").setCachingEnabled(true));
        FailureHandler failures = new FailureHandler();
        router.route().failureHandler(failures);
        router.errorHandler(404, failures);
        router.errorHandler(405, failures);
        router.errorHandler(500, failures);
        return router;
    }

    /** The Application actor's username: the node's host name without its port. */
    static String applicationUsername(NodeConfig config) {
        String domain = config.domain();
        int colon = domain.indexOf(':');
        return colon < 0 ? domain : domain.substring(0, colon);
    }
}
