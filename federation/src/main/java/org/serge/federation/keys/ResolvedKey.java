package org.serge.federation.keys;

import java.security.PublicKey;
import org.serge.core.account.Account;

/** A remote RSA key, ready to verify HTTP signatures with, and the stored account that owns it. */
public record ResolvedKey(String keyId, PublicKey publicKey, Account owner) {
}
