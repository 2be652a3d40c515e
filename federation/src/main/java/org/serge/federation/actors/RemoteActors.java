package org.serge.federation.actors;

import io.vertx.core.Future;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.AccountService;
import org.serge.core.account.FetchedAccount;
import org.serge.core.account.LocalActor;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.account.RemoteActor;
import org.serge.core.config.NodeConfig;
import org.serge.core.error.ServiceException;
import org.serge.core.moderation.DomainBlocks;
import org.serge.federation.fetch.BlockedDomainException;
import org.serge.federation.fetch.FetchException;
import org.serge.federation.fetch.RemoteFetcher;
import org.serge.federation.fetch.WebFingerClient;
import org.serge.federation.net.Origin;
import org.serge.federation.net.Origins;

/**
 * Resolves actor ids and handles to accounts: this node's ids and domain to local accounts, anything else from the
 * database while the stored copy is under a day old, else fetched (ids) or looked up with WebFinger (handles) and
 * stored. A stale copy is still answered when the refetch fails. A handle found through WebFinger must be confirmed
 * by the actor: its preferredUsername and the host of its id must be the handle's, as Mastodon checks.
 */
public final class RemoteActors implements AccountResolver {

    public static final Duration STALE_AFTER = Duration.ofDays(1);

    private final NodeConfig config;
    private final AccountService accounts;
    private final RemoteAccountRepository repository;
    private final RemoteFetcher fetcher;
    private final WebFingerClient webFinger;
    private final ActorMapper mapper;
    private final DomainBlocks blocks;
    private final Clock clock;

    public RemoteActors(NodeConfig config, AccountService accounts, RemoteAccountRepository repository,
                        RemoteFetcher fetcher, WebFingerClient webFinger, ActorMapper mapper, DomainBlocks blocks,
                        Clock clock) {
        this.config = config;
        this.accounts = accounts;
        this.repository = repository;
        this.fetcher = fetcher;
        this.webFinger = webFinger;
        this.mapper = mapper;
        this.blocks = blocks;
        this.clock = clock;
    }

    @Override
    public Future<Account> resolveUri(String uri) {
        Optional<Origin> origin = Origins.tryParse(uri);
        if (origin.isEmpty()) {
            return Future.failedFuture(ServiceException.notFound("not a valid actor id"));
        }
        if (Origins.sameOrigin(origin.get(), config.baseUrl())) {
            return local(uri);
        }
        return notBlocked(origin.get().host())
                .compose(v -> repository.findFetchedByUri(uri))
                .compose(found -> found.filter(this::fresh).isPresent()
                        ? Future.succeededFuture(found.get().account())
                        : orStale(refresh(uri), found))
                .recover(RemoteActors::asResolverFailure);
    }

    @Override
    public Future<Account> resolveHandle(String username, String domain) {
        if (username == null || username.isEmpty()) {
            return Future.failedFuture(ServiceException.notFound("no such account"));
        }
        if (domain == null || domain.isEmpty() || domain.equalsIgnoreCase(config.domain())) {
            return accounts.anyLocalActor(username).map(LocalActor::account);
        }
        String host = domain.toLowerCase(Locale.ROOT);
        return notBlocked(host)
                .compose(v -> repository.findFetchedByHandle(username, host))
                .compose(found -> found.filter(this::fresh).isPresent()
                        ? Future.succeededFuture(found.get().account())
                        : orStale(webFinger.actorUri(username, host)
                                .compose(this::resolveUri)
                                .compose(account -> confirms(account, username, host)), found))
                .recover(RemoteActors::asResolverFailure);
    }

    /**
     * Fetches the actor now and stores it, whatever the stored copy's age. Fails with the fetch's own exception
     * (a {@link FetchException}, e.g. a RemoteStatusException for a 410) or an {@link InvalidActorException}.
     */
    public Future<Account> refresh(String uri) {
        return fetchActor(uri).compose(actor -> notBlocked(actor.domain()).compose(v -> repository.upsert(actor)));
    }

    /** Fetches and checks an actor document without storing it. */
    public Future<RemoteActor> fetchActor(String uri) {
        return fetcher.fetch(uri).compose(document -> document.parsed().actor()
                .map(actor -> {
                    try {
                        return Future.succeededFuture(mapper.map(actor));
                    } catch (InvalidActorException e) {
                        return Future.<RemoteActor>failedFuture(e);
                    }
                })
                .orElseGet(() -> Future.failedFuture(new InvalidActorException("the document is not an actor"))));
    }

    private Future<Account> local(String uri) {
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return Future.failedFuture(ServiceException.notFound("not a valid actor id"));
        }
        String path = parsed.getRawPath() == null ? "" : parsed.getRawPath();
        if (parsed.getRawQuery() == null && parsed.getRawFragment() == null) {
            if (path.equals("/actor")) {
                return accounts.applicationActor().map(LocalActor::account);
            }
            if (path.startsWith("/users/") && path.indexOf('/', "/users/".length()) < 0) {
                return accounts.anyLocalActor(path.substring("/users/".length())).map(LocalActor::account);
            }
        }
        return Future.failedFuture(ServiceException.notFound("no such local account"));
    }

    private Future<Account> confirms(Account account, String username, String domain) {
        if (account.isLocal() || !account.username().equalsIgnoreCase(username)
                || !account.domain().equalsIgnoreCase(domain)) {
            return Future.failedFuture(ServiceException.notFound("the actor does not confirm the handle"));
        }
        return Future.succeededFuture(account);
    }

    private Future<Void> notBlocked(String host) {
        return blocks.isBlocked(host).compose(blocked -> blocked
                ? Future.failedFuture(new BlockedDomainException("the domain " + host + " is blocked"))
                : Future.succeededFuture());
    }

    private boolean fresh(FetchedAccount found) {
        OffsetDateTime fetchedAt = found.fetchedAt();
        return fetchedAt != null && fetchedAt.toInstant().plus(STALE_AFTER).isAfter(clock.instant());
    }

    private static Future<Account> orStale(Future<Account> attempt, Optional<FetchedAccount> stored) {
        return attempt.recover(error -> stored.isPresent() && !(error instanceof BlockedDomainException)
                ? Future.succeededFuture(stored.get().account())
                : Future.failedFuture(error));
    }

    /** The AccountResolver contract: 403 for a blocked domain, 404 for any other failure to fetch. */
    private static Future<Account> asResolverFailure(Throwable error) {
        if (error instanceof BlockedDomainException) {
            return Future.failedFuture(ServiceException.forbidden(error.getMessage()));
        }
        if (error instanceof FetchException) {
            return Future.failedFuture(ServiceException.notFound("cannot fetch the actor: " + error.getMessage()));
        }
        return Future.failedFuture(error);
    }
}
