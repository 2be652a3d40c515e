package org.serge.federation.inbox;

import io.vertx.core.Future;
import org.serge.federation.keys.GoneKeyException;
import org.serge.federation.keys.KeyResolver;
import org.serge.federation.keys.ResolvedKey;

/** The inbox's signer keys, served by the node's key resolver (cache, database, then a signed fetch). */
public final class ResolverSignerKeys implements SignerKeys {

    private final KeyResolver keys;

    public ResolverSignerKeys(KeyResolver keys) {
        this.keys = keys;
    }

    @Override
    public Future<SignerKey> key(String keyId) {
        return adapt(keyId, keys.resolve(keyId));
    }

    @Override
    public Future<SignerKey> refreshed(String keyId) {
        return adapt(keyId, keys.refresh(keyId));
    }

    private static Future<SignerKey> adapt(String keyId, Future<ResolvedKey> resolved) {
        return resolved
                .map(key -> new SignerKey(key.publicKey(), key.owner()))
                .recover(error -> Future.failedFuture(error instanceof GoneKeyException
                        ? new GoneActorException(keyId) : error));
    }
}
