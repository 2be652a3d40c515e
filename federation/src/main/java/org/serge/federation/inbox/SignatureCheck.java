package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import org.serge.federation.signature.HttpSignatureException;
import org.serge.federation.signature.HttpSignatureVerifier;
import org.serge.federation.signature.InvalidSignatureException;
import org.serge.federation.signature.ParsedSignature;

/**
 * Checks a parsed HTTP signature against its signer's key, fetching the key again once when the signature does not
 * verify (the actor may have rotated it). Shared by the inbox and signed GETs. RSA runs on {@code crypto} when one is
 * given, never on the event loop.
 */
public final class SignatureCheck {

    private final HttpSignatureVerifier verifier;
    private final SignerKeys keys;
    private final WorkerExecutor crypto;

    /** @param crypto where RSA verification runs (null: on the calling thread, for tests and tools) */
    public SignatureCheck(HttpSignatureVerifier verifier, SignerKeys keys, WorkerExecutor crypto) {
        this.verifier = verifier;
        this.keys = keys;
        this.crypto = crypto;
    }

    /** The signer's key once the signature verified; fails with the signature's or the key lookup's exception. */
    public Future<SignerKey> verify(ParsedSignature signature) {
        return keys.key(signature.keyId())
                .compose(key -> verifyOnce(signature, key))
                .recover(e -> e instanceof InvalidSignatureException
                        ? keys.refreshed(signature.keyId()).compose(key -> verifyOnce(signature, key))
                        : Future.failedFuture(e));
    }

    private Future<SignerKey> verifyOnce(ParsedSignature signature, SignerKey key) {
        if (crypto == null) {
            return verifyHere(signature, key);
        }
        return crypto.executeBlocking(() -> verifyHere(signature, key), false).compose(verified -> verified);
    }

    private Future<SignerKey> verifyHere(ParsedSignature signature, SignerKey key) {
        try {
            verifier.verify(signature, key.key());
            return Future.succeededFuture(key);
        } catch (HttpSignatureException e) {
            return Future.failedFuture(e);
        } catch (RuntimeException e) {
            return Future.failedFuture(new InvalidSignatureException("signature does not verify"));
        }
    }
}
