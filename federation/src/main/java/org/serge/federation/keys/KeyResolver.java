package org.serge.federation.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.account.RemoteActor;
import org.serge.core.account.RemoteKey;
import org.serge.core.account.StoredKey;
import org.serge.core.crypto.RsaKeys;
import org.serge.core.moderation.DomainBlocks;
import org.serge.federation.actors.ActorMapper;
import org.serge.federation.actors.InvalidActorException;
import org.serge.federation.fetch.BlockedDomainException;
import org.serge.federation.fetch.FetchedDocument;
import org.serge.federation.fetch.RemoteFetcher;
import org.serge.federation.fetch.RemoteStatusException;
import org.serge.federation.net.Origin;
import org.serge.federation.net.Origins;
import org.serge.federation.vocab.Actor;

/**
 * Finds the RSA key behind an HTTP signature's keyId: from memory, else from the remote_keys table, else fetched.
 * The keyId URL (without fragment) may give the actor itself, whose publicKey with that id must name it as owner,
 * or a key document (a standalone Key, GoToSocial's /main-key stub) whose owner is then fetched and must list the
 * key back. The owner is stored with all its keys. Keys of blocked domains are refused, even when known.
 * Concurrent lookups of one keyId share one fetch.
 */
public final class KeyResolver {

    private final RemoteFetcher fetcher;
    private final RemoteAccountRepository repository;
    private final ActorMapper mapper;
    private final DomainBlocks blocks;
    private final KeyRefreshLimits limits;
    private final Cache<String, ResolvedKey> cache;
    private final Map<String, Future<ResolvedKey>> inFlight = new ConcurrentHashMap<>();
    private final Cache<String, Boolean> recentRefreshes;
    private final Cache<String, AtomicInteger> hostRefreshes;

    public KeyResolver(RemoteFetcher fetcher, RemoteAccountRepository repository, ActorMapper mapper,
                       DomainBlocks blocks, KeyRefreshLimits limits) {
        this(fetcher, repository, mapper, blocks, limits, 100_000, Duration.ofDays(1));
    }

    public KeyResolver(RemoteFetcher fetcher, RemoteAccountRepository repository, ActorMapper mapper,
                       DomainBlocks blocks, KeyRefreshLimits limits, long cacheSize, Duration cacheTime) {
        this.fetcher = fetcher;
        this.repository = repository;
        this.mapper = mapper;
        this.blocks = blocks;
        this.limits = limits;
        this.cache = Caffeine.newBuilder().maximumSize(cacheSize).expireAfterWrite(cacheTime).build();
        this.recentRefreshes = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(limits.perKey()).build();
        this.hostRefreshes = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(limits.hostWindow()).build();
    }

    public Future<ResolvedKey> resolve(String keyId) {
        return checkedOrigin(keyId)
                .compose(origin -> {
                    ResolvedKey cached = cache.getIfPresent(keyId);
                    return cached != null ? Future.succeededFuture(cached) : shared(keyId, keyId, () -> load(keyId));
                })
                .compose(this::ownerNotBlocked);
    }

    /**
     * Refetches a key after a signature failed to verify with the known one: at most once per key per
     * {@link KeyRefreshLimits#perKey()} and within the host's budget, else a {@link RefreshLimitedException}.
     */
    public Future<ResolvedKey> refresh(String keyId) {
        return checkedOrigin(keyId).compose(origin -> {
            if (recentRefreshes.asMap().putIfAbsent(keyId, Boolean.TRUE) != null) {
                return Future.failedFuture(new RefreshLimitedException("that key was refetched a moment ago"));
            }
            AtomicInteger used = hostRefreshes.get(origin.host(), host -> new AtomicInteger());
            if (used.incrementAndGet() > limits.hostBudget()) {
                return Future.failedFuture(new RefreshLimitedException("keys of that host were refetched too often"));
            }
            // not joined with a lookup in flight, which may be answering the stale stored key
            return shared("refresh " + keyId, keyId, () -> fetchKey(keyId));
        }).compose(this::ownerNotBlocked);
    }

    @SuppressWarnings("unchecked")
    private Future<ResolvedKey> shared(String flightKey, String keyId, Supplier<Future<ResolvedKey>> lookup) {
        Future<ResolvedKey>[] started = new Future[1];
        Future<ResolvedKey> future = inFlight.computeIfAbsent(flightKey, id -> started[0] = lookup.get()
                .onSuccess(key -> cache.put(keyId, key))
                .onFailure(error -> {
                    if (error instanceof GoneKeyException) {
                        cache.invalidate(keyId);
                    }
                }));
        if (started[0] != null) {
            future.onComplete(done -> inFlight.remove(flightKey, future));
        }
        return future;
    }

    private Future<ResolvedKey> load(String keyId) {
        return repository.findKey(keyId).compose(stored -> stored.isPresent()
                ? fromStore(stored.get())
                : fetchKey(keyId));
    }

    private Future<ResolvedKey> fromStore(StoredKey stored) {
        if (!RemoteKey.RSA.equals(stored.key().algorithm())) {
            return Future.failedFuture(new UnverifiableKeyException("not an RSA key"));
        }
        return Future.succeededFuture(resolved(stored.key(), stored.owner()));
    }

    private Future<ResolvedKey> fetchKey(String keyId) {
        String documentUrl = withoutFragment(keyId);
        return gone(fetcher.fetch(documentUrl))
                .compose(document -> ownerOf(document, keyId))
                .compose(actor -> {
                    RemoteActor owner;
                    try {
                        owner = mapper.map(actor);
                    } catch (InvalidActorException e) {
                        return Future.failedFuture(new UnverifiableKeyException("the key's owner: " + e.getMessage()));
                    }
                    Optional<RemoteKey> key = owner.keys().stream()
                            .filter(k -> k.keyId().equals(keyId) && RemoteKey.RSA.equals(k.algorithm()))
                            .findFirst();
                    if (key.isEmpty()) {
                        return Future.failedFuture(new UnverifiableKeyException("the owner does not list that key"));
                    }
                    return blocked(owner.domain())
                            .compose(v -> repository.upsert(owner))
                            .map(account -> resolved(key.get(), account));
                });
    }

    /** The actor that owns the key: the document itself when it is that actor, else the owner it names. */
    private Future<Actor> ownerOf(FetchedDocument document, String keyId) {
        Optional<String> owner = claimedOwner(document.parsed().json(), keyId);
        if (owner.isEmpty()) {
            return Future.failedFuture(new UnverifiableKeyException("the document does not hold that key"));
        }
        Optional<Actor> actor = document.parsed().actor();
        if (actor.isPresent() && owner.get().equals(actor.get().id()) && actor.get().inbox() != null) {
            return Future.succeededFuture(actor.get());
        }
        return gone(fetcher.fetch(owner.get())).compose(fetched -> fetched.parsed().actor()
                .filter(a -> owner.get().equals(a.id()))
                .map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(new UnverifiableKeyException("the key's owner is not an actor"))));
    }

    /** The owner the document states for the key: a standalone Key's owner, or a publicKey entry's. */
    private static Optional<String> claimedOwner(JsonNode json, String keyId) {
        if (keyId.equals(json.path("id").asText(null)) && json.has("publicKeyPem")) {
            return idOf(json.get("owner"));
        }
        JsonNode keys = json.get("publicKey");
        if (keys == null) {
            return Optional.empty();
        }
        for (JsonNode key : keys.isArray() ? keys : List.of(keys)) {
            if (key.isObject() && keyId.equals(key.path("id").asText(null))) {
                return idOf(key.get("owner"));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> idOf(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        JsonNode id = node.isObject() ? node.get("id") : node;
        return id != null && id.isTextual() ? Optional.of(id.textValue()) : Optional.empty();
    }

    private static <T> Future<T> gone(Future<T> fetch) {
        return fetch.recover(error -> error instanceof RemoteStatusException status && status.isGone()
                ? Future.failedFuture(new GoneKeyException("the key's actor is gone"))
                : Future.failedFuture(error));
    }

    private Future<Origin> checkedOrigin(String keyId) {
        Optional<Origin> origin = keyId == null ? Optional.empty() : Origins.tryParse(keyId);
        if (origin.isEmpty()) {
            return Future.failedFuture(new UnverifiableKeyException("not a valid key id"));
        }
        return blocked(origin.get().host()).map(origin.get());
    }

    private Future<ResolvedKey> ownerNotBlocked(ResolvedKey key) {
        return key.owner().domain() == null ? Future.succeededFuture(key) : blocked(key.owner().domain()).map(key);
    }

    private Future<Void> blocked(String host) {
        return blocks.isBlocked(host).compose(isBlocked -> isBlocked
                ? Future.failedFuture(new BlockedDomainException("the domain " + host + " is blocked"))
                : Future.succeededFuture());
    }

    private static ResolvedKey resolved(RemoteKey key, Account owner) {
        PublicKey publicKey = RsaKeys.parsePublic(key.publicKey());
        return new ResolvedKey(key.keyId(), publicKey, owner);
    }

    private static String withoutFragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? url : url.substring(0, hash);
    }
}
