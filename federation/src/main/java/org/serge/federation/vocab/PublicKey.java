package org.serge.federation.vocab;

/** An actor's RSA key for HTTP signatures (security v1 publicKey). */
public record PublicKey(String id, String owner, String publicKeyPem) {
}
