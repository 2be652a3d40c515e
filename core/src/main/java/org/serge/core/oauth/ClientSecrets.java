package org.serge.core.oauth;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.serge.core.crypto.SecretTokens;

/** Client secrets are stored as the hex SHA-256 of the secret and compared in constant time. */
final class ClientSecrets {

    private ClientSecrets() {
    }

    static String digest(String secret) {
        return HexFormat.of().formatHex(SecretTokens.sha256(secret));
    }

    static boolean matches(String secret, String storedDigest) {
        if (secret == null || storedDigest == null) {
            return false;
        }
        return MessageDigest.isEqual(digest(secret).getBytes(StandardCharsets.US_ASCII),
                storedDigest.getBytes(StandardCharsets.US_ASCII));
    }
}
