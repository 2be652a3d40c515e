package org.serge.core.oauth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.serge.core.crypto.SecretTokens;

/** Proof Key for Code Exchange (RFC 7636), S256 only: "plain" would protect nothing. */
public final class Pkce {

    public static final String S256 = "S256";
    private static final String FORMAT = "[A-Za-z0-9._~-]{43,128}";

    private Pkce() {
    }

    public static boolean isWellFormed(String challengeOrVerifier) {
        return challengeOrVerifier != null && challengeOrVerifier.matches(FORMAT);
    }

    public static String challengeOf(String verifier) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(SecretTokens.sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    public static boolean verify(String challenge, String verifier) {
        if (!isWellFormed(verifier)) {
            return false;
        }
        return MessageDigest.isEqual(challengeOf(verifier).getBytes(StandardCharsets.US_ASCII),
                challenge.getBytes(StandardCharsets.US_ASCII));
    }
}
