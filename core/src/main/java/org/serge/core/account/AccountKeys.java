package org.serge.core.account;

import java.security.KeyPair;
import org.serge.core.crypto.Ed25519Keys;
import org.serge.core.crypto.RsaKeys;

/** An account's signing keys; the private halves are null for remote accounts. */
public record AccountKeys(String rsaPublicPem, String rsaPrivatePem, byte[] ed25519Public, byte[] ed25519Private) {

    /** A fresh RSA 2048 pair and Ed25519 pair. Slow: call it off the event loop. */
    public static AccountKeys generate() {
        KeyPair rsa = RsaKeys.generate();
        Ed25519Keys.Pair ed = Ed25519Keys.generate();
        return new AccountKeys(RsaKeys.publicPem(rsa.getPublic()), RsaKeys.privatePem(rsa.getPrivate()),
                ed.publicKey(), ed.privateKey());
    }
}
