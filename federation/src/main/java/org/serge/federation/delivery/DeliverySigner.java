package org.serge.federation.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.serge.core.account.AccountRepository;
import org.serge.core.crypto.RsaKeys;
import org.serge.federation.outgoing.ActorIds;
import org.serge.federation.signature.HttpSignatureSigner;
import org.serge.federation.signature.SignatureScheme;

/**
 * Signs deliveries as their local signer, with its RSA key (keyId = actor id + "#main-key", the Application actor's
 * for the node itself). Parsing keys and signing run on a worker executor; parsed keys are cached for a while.
 */
public final class DeliverySigner {

    private record SigningKey(String keyId, PrivateKey key) {
    }

    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/activity+json"));

    private final AccountRepository accounts;
    private final ActorIds ids;
    private final WorkerExecutor executor;
    private final HttpSignatureSigner signer;
    private final Cache<Long, SigningKey> keys = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(10)).build();

    /** @param executor where RSA work runs, e.g. {@code vertx.createSharedWorkerExecutor("serge-signing", cores)} */
    public DeliverySigner(AccountRepository accounts, ActorIds ids, WorkerExecutor executor, Clock clock) {
        this.accounts = accounts;
        this.ids = ids;
        this.executor = executor;
        this.signer = new HttpSignatureSigner(clock);
    }

    /** Every header the POST needs: Content-Type, Host, Date, the digest and the signature. */
    public Future<Map<String, List<String>>> sign(long signerAccountId, URI inbox, byte[] body, SignatureScheme scheme) {
        return key(signerAccountId).compose(key -> executor.executeBlocking(() ->
                signer.sign(scheme, "POST", inbox, JSON, body, key.keyId(), key.key()).headers(), false));
    }

    private Future<SigningKey> key(long accountId) {
        SigningKey cached = keys.getIfPresent(accountId);
        if (cached != null) {
            return Future.succeededFuture(cached);
        }
        return accounts.findLocalActorById(accountId).compose(found -> {
            if (found.isEmpty() || found.get().keys().rsaPrivatePem() == null) {
                return Future.failedFuture(new SignerNotFoundException(accountId));
            }
            String keyId = ids.keyId(found.get().account());
            String pem = found.get().keys().rsaPrivatePem();
            return executor.executeBlocking(() -> new SigningKey(keyId, RsaKeys.parsePrivate(pem)), false);
        }).onSuccess(key -> keys.put(accountId, key));
    }
}
