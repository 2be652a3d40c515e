package org.serge.federation.inbox;

import io.vertx.core.Future;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.crypto.RsaKeys;
import org.serge.core.error.ServiceException;

/** Keys from the remote_keys table; keyIds in {@link #gone} answer as if their actor were 410 Gone. */
final class DbSignerKeys implements SignerKeys {

    final Set<String> gone = ConcurrentHashMap.newKeySet();
    final AtomicInteger refreshes = new AtomicInteger();
    final AtomicInteger lookups = new AtomicInteger();
    private final RemoteAccountRepository remoteAccounts;

    DbSignerKeys(RemoteAccountRepository remoteAccounts) {
        this.remoteAccounts = remoteAccounts;
    }

    @Override
    public Future<SignerKey> key(String keyId) {
        lookups.incrementAndGet();
        if (gone.contains(keyId)) {
            return Future.failedFuture(new GoneActorException(keyId));
        }
        return remoteAccounts.findKey(keyId).compose(stored -> stored.isEmpty()
                ? Future.failedFuture(ServiceException.notFound("no such key"))
                : Future.succeededFuture(new SignerKey(RsaKeys.parsePublic(stored.get().key().publicKey()),
                        stored.get().owner())));
    }

    @Override
    public Future<SignerKey> refreshed(String keyId) {
        refreshes.incrementAndGet();
        return key(keyId);
    }
}
