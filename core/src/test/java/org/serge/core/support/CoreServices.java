package org.serge.core.support;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.nio.file.Path;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.ActorType;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.account.RemoteActor;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.error.ServiceException;
import org.serge.core.follow.FollowRepository;
import org.serge.core.follow.FollowService;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.StatusService;
import org.serge.core.status.StatusVisibilityPolicy;
import org.serge.testkit.TestDatabase;

/** The core services over a fresh test database, with a recording Federator and a database-only resolver. */
public final class CoreServices {

    public static final String DOMAIN = "union.test";

    public final Pool pool;
    public final RecordingFederator federator = new RecordingFederator();
    public final RemoteAccountRepository accounts;
    public final StatusRepository statuses;
    public final FollowRepository follows;
    public final InteractionRepository interactions;
    public final StatusVisibilityPolicy visibility;
    public final StatusService statusService;
    public final FollowService followService;

    public CoreServices(Vertx vertx) {
        pool = TestDatabase.fresh().pool(vertx);
        NodeConfig config = new NodeConfig(DOMAIN, 8080, Path.of("."), null, false, "org", "Union", "", false);
        LocalUris uris = new LocalUris(config);
        accounts = new RemoteAccountRepository(pool);
        statuses = new StatusRepository(pool);
        follows = new FollowRepository(pool);
        interactions = new InteractionRepository(pool);
        visibility = new StatusVisibilityPolicy(pool, follows);
        AccountResolver resolver = new AccountResolver() {
            @Override
            public Future<Account> resolveUri(String uri) {
                return accounts.findByUri(uri).compose(found -> found.map(Future::succeededFuture)
                        .orElseGet(() -> Future.failedFuture(ServiceException.notFound("unknown"))));
            }

            @Override
            public Future<Account> resolveHandle(String username, String domain) {
                Future<java.util.Optional<Account>> found = DOMAIN.equals(domain)
                        ? pool.preparedQuery("SELECT id FROM accounts WHERE domain IS NULL AND lower(username) = lower($1)")
                        .execute(io.vertx.sqlclient.Tuple.of(username))
                        .compose(rows -> rows.size() == 0 ? Future.succeededFuture(java.util.Optional.<Account>empty())
                                : accounts.findById(rows.iterator().next().getLong(0)))
                        : accounts.findByHandle(username, domain);
                return found.compose(o -> o.map(Future::succeededFuture)
                        .orElseGet(() -> Future.failedFuture(ServiceException.notFound("unknown"))));
            }
        };
        statusService = new StatusService(statuses, interactions, visibility, resolver, accounts, federator, uris, DOMAIN);
        followService = new FollowService(follows, interactions, accounts, federator, uris);
    }

    /** Stores a remote actor on the given host. */
    public Future<Account> remote(String username, String host, boolean locked) {
        String uri = "https://" + host + "/users/" + username;
        return accounts.upsert(new RemoteActor(uri, username, host, ActorType.Person, username, "", locked,
                uri + "/inbox", "https://" + host + "/inbox", uri + "/outbox", uri + "/followers", uri + "/following",
                null, "https://" + host + "/@" + username, null, null, List.of(), false, List.of()));
    }

    public Future<Account> account(long id) {
        return accounts.findById(id).map(java.util.Optional::orElseThrow);
    }
}
