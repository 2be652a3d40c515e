package org.serge.federation.inbox;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.serge.core.account.AccountRepository;
import org.serge.core.error.ServiceException;
import org.serge.core.moderation.DomainBlocks;
import org.serge.federation.delivery.InboxHosts;
import org.serge.federation.net.Origin;
import org.serge.federation.net.Origins;
import org.serge.federation.signature.HttpSignatureException;
import org.serge.federation.signature.HttpSignatureVerifier;
import org.serge.federation.signature.ParsedSignature;
import org.serge.federation.signature.RequestOrigin;
import org.serge.federation.signature.SignableRequest;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes a POST to an inbox: checks media type, size and shape, refuses blocked domains before any fetch,
 * verifies the HTTP signature (refetching the key once), checks that the signer is the actor (rule 3) and that
 * the activity id is of the actor's origin (rule 5), then stores the activity once (rule 10). The future
 * completes only after the row is stored; the caller then answers 202. Every refusal is a ServiceException and
 * stores nothing.
 *
 * <p>A blocked domain is answered 202 and dropped, as Mastodon does: the peer stops retrying and learns
 * nothing about the block.
 *
 * <p>Throughput: the RSA check runs on a worker executor sized to the cores, never on the event loop; with a key
 * in the resolver's cache and the domain-block answers cached, the only database work of a request is the insert,
 * which {@link InboxStore} groups with concurrent ones. That a member exists is remembered for
 * {@link #RECIPIENT_MEMORY} (unknown names are looked up every time, so they keep answering 404).
 */
public final class InboxReceiver {

    /** The largest body an inbox takes (rule 7); larger ones are answered 413. */
    public static final int MAX_BODY_BYTES = InboxRequests.MAX_BODY_BYTES;

    /** How long a member's inbox is known to exist without asking the database again. */
    static final Duration RECIPIENT_MEMORY = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(InboxReceiver.class);

    private final InboxRequests requests;
    private final HttpSignatureVerifier verifier;
    private final DomainBlocks domainBlocks;
    private final AccountRepository accounts;
    private final InboxStore store;
    private final Runnable onStored;
    private final Consumer<String> onVerified;
    private final SignatureCheck signatures;
    private final Cache<String, Boolean> knownRecipients = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(RECIPIENT_MEMORY).build();

    /**
     * A receiver that verifies signatures on the calling thread: for tests and tools that do not call it from an
     * event loop. A node uses the constructor with a worker executor.
     */
    public InboxReceiver(ActivityStreamsCodec codec, HttpSignatureVerifier verifier,
                         SignerKeys keys, DomainBlocks domainBlocks, AccountRepository accounts, InboxStore store,
                         Runnable onStored) {
        this(codec, verifier, keys, domainBlocks, accounts, store, onStored, host -> { }, null);
    }

    /**
     * @param onStored   called after an activity was stored, to wake the processor
     * @param onVerified called with the signer's host[:port] after its signature verified (the delivery queue
     *                   revives a host marked unavailable: {@code HostAvailability.revive})
     * @param crypto     where RSA verification runs, e.g. {@code vertx.createSharedWorkerExecutor("serge-rsa", cores)}
     *                   (null: on the calling thread)
     */
    public InboxReceiver(ActivityStreamsCodec codec, HttpSignatureVerifier verifier,
                         SignerKeys keys, DomainBlocks domainBlocks, AccountRepository accounts, InboxStore store,
                         Runnable onStored, Consumer<String> onVerified, WorkerExecutor crypto) {
        this.onVerified = onVerified;
        this.signatures = new SignatureCheck(verifier, keys, crypto);
        this.requests = new InboxRequests(codec);
        this.verifier = verifier;
        this.domainBlocks = domainBlocks;
        this.accounts = accounts;
        this.store = store;
        this.onStored = onStored;
    }

    public Future<InboxReceipt> receive(SignableRequest request, RequestOrigin nodeOrigin,
                                        Optional<String> localRecipient) {
        return requireRecipient(localRecipient).compose(v -> {
            IncomingActivity incoming = requests.read(request);
            Origin actorOrigin = Origins.tryParse(incoming.actorId())
                    .orElseThrow(() -> ServiceException.badRequest("invalid actor id"));
            return domainBlocks.isBlocked(actorOrigin.host()).compose(blocked -> blocked
                    ? dropped(incoming, "actor's domain is blocked")
                    : checkSignature(request, nodeOrigin, incoming));
        });
    }

    private Future<InboxReceipt> checkSignature(SignableRequest request, RequestOrigin nodeOrigin,
                                                IncomingActivity incoming) {
        ParsedSignature signature;
        try {
            signature = verifier.parse(request, nodeOrigin);
        } catch (HttpSignatureException e) {
            return Future.failedFuture(ServiceException.unauthorized(e.getMessage()));
        }
        Origin keyOrigin = Origins.tryParse(signature.keyId())
                .orElse(null);
        if (keyOrigin == null) {
            return Future.failedFuture(ServiceException.unauthorized("keyId is not an http(s) URL"));
        }
        return domainBlocks.isBlocked(keyOrigin.host()).compose(blocked -> blocked
                ? dropped(incoming, "signer's domain is blocked")
                : authenticate(signature, incoming));
    }

    private Future<InboxReceipt> authenticate(ParsedSignature signature, IncomingActivity incoming) {
        return signatures.verify(signature).transform(result -> {
            if (result.succeeded()) {
                onVerified.accept(InboxHosts.of(signature.keyId()));
                return store(incoming, result.result());
            }
            if (result.cause() instanceof GoneActorException && "Delete".equals(incoming.type())) {
                return dropped(incoming, "Delete from an actor that is gone");
            }
            return Future.failedFuture(asClientFailure(result.cause()));
        });
    }

    private Future<InboxReceipt> store(IncomingActivity incoming, SignerKey key) {
        String ownerUri = key.owner().uri();
        if (ownerUri == null || !ownerUri.equals(incoming.actorId())) {
            return Future.failedFuture(ServiceException.unauthorized("the key's owner is not the activity's actor"));
        }
        if (!Origins.sameOrigin(incoming.id(), incoming.actorId())) {
            return Future.failedFuture(ServiceException.forbidden("the activity id is not of the actor's origin"));
        }
        return store.insert(incoming.id(), incoming.actorId(), incoming.type(), incoming.payload())
                .map(inserted -> {
                    if (inserted) {
                        onStored.run();
                    }
                    return new InboxReceipt(incoming.id(), inserted ? InboxOutcome.STORED : InboxOutcome.DUPLICATE);
                });
    }

    private Future<Void> requireRecipient(Optional<String> localRecipient) {
        if (localRecipient.isEmpty()) {
            return Future.succeededFuture();
        }
        String username = localRecipient.get().toLowerCase(Locale.ROOT);
        if (knownRecipients.getIfPresent(username) != null) {
            return Future.succeededFuture();
        }
        return accounts.findLocalActor(localRecipient.get()).compose(actor -> {
            if (actor.isEmpty()) {
                return Future.failedFuture(ServiceException.notFound("no such account"));
            }
            knownRecipients.put(username, Boolean.TRUE);
            return Future.succeededFuture();
        });
    }

    private static Future<InboxReceipt> dropped(IncomingActivity incoming, String why) {
        LOG.debug("dropped {}: {}", incoming.id(), why);
        return Future.succeededFuture(new InboxReceipt(incoming.id(), InboxOutcome.DROPPED));
    }

    private static Throwable asClientFailure(Throwable e) {
        if (e instanceof ServiceException service) {
            // a signer we cannot find is an authentication failure, which peers retry
            return service.status() == 404 ? ServiceException.unauthorized("signing key not found") : service;
        }
        if (e instanceof HttpSignatureException signature) {
            return ServiceException.unauthorized(signature.getMessage());
        }
        if (e instanceof GoneActorException) {
            return ServiceException.unauthorized("the signer is gone");
        }
        LOG.warn("inbox: cannot verify a signature", e);
        return ServiceException.unauthorized("signing key unavailable");
    }
}
