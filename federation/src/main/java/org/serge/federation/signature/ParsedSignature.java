package org.serge.federation.signature;

import java.security.PublicKey;
import java.util.List;

/**
 * A request's signature once read and checked for everything that needs no key: its scheme, the keyId to fetch,
 * and the signature base(s) to check. Cavage may carry two bases: with and without the query string.
 */
public final class ParsedSignature {

    private final SignatureScheme scheme;
    private final String keyId;
    private final SignatureAlgorithm algorithm;
    private final List<byte[]> bases;
    private final byte[] signature;

    ParsedSignature(SignatureScheme scheme, String keyId, SignatureAlgorithm algorithm, List<byte[]> bases,
                    byte[] signature) {
        this.scheme = scheme;
        this.keyId = keyId;
        this.algorithm = algorithm;
        this.bases = List.copyOf(bases);
        this.signature = signature.clone();
    }

    public SignatureScheme scheme() {
        return scheme;
    }

    /** The remote key's id as sent: usually the actor's URI with a fragment, e.g. {@code ...#main-key}. */
    public String keyId() {
        return keyId;
    }

    /** Throws {@link InvalidSignatureException} unless one of the bases verifies with {@code key}. */
    void verify(PublicKey key) {
        for (byte[] base : bases) {
            if (algorithm.verify(key, base, signature)) {
                return;
            }
        }
        throw new InvalidSignatureException("signature does not verify");
    }

    @Override
    public String toString() {
        return scheme + " signature by " + keyId;
    }
}
