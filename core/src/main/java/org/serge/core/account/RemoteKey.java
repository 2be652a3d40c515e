package org.serge.core.account;

/**
 * A public key a remote actor signs with: {@code rsa} keys as PEM (HTTP signatures), {@code ed25519} keys as
 * multibase (object proofs).
 */
public record RemoteKey(String keyId, String algorithm, String publicKey) {

    public static final String RSA = "rsa";
    public static final String ED25519 = "ed25519";
}
