package org.serge.federation.signature;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;

/**
 * Verifies an incoming request's HTTP signature in two steps, so that the key can be fetched in between without
 * blocking: {@link #parse} detects the scheme (Signature-Input means RFC 9421, otherwise draft-cavage), checks
 * everything that needs no key and returns the keyId; {@link #verify} then checks the signature with the key.
 * Every failure is an {@link HttpSignatureException} whose message may be sent back to the peer.
 */
public final class HttpSignatureVerifier {

    /** Signatures dated more than this before or after now are refused (Mastodon accepts about an hour). */
    public static final Duration DEFAULT_SKEW = Duration.ofHours(1);

    private final CavageVerifier cavage;
    private final Rfc9421Verifier rfc9421;

    public HttpSignatureVerifier(Clock clock) {
        this(clock, DEFAULT_SKEW);
    }

    public HttpSignatureVerifier(Clock clock, Duration skew) {
        this.cavage = new CavageVerifier(clock, skew);
        this.rfc9421 = new Rfc9421Verifier(clock, skew);
    }

    /** The scheme the request is signed with; {@link MissingSignatureException} when it carries none. */
    public static SignatureScheme detect(SignableRequest request) {
        if (Rfc9421Verifier.isPresent(request)) {
            return SignatureScheme.RFC9421;
        }
        if (CavageVerifier.isPresent(request)) {
            return SignatureScheme.CAVAGE;
        }
        throw new MissingSignatureException("request is not signed");
    }

    /**
     * @param origin the scheme and authority the request was addressed to, i.e. the node's public origin; RFC 9421
     *               signs it in @target-uri and @authority
     */
    public ParsedSignature parse(SignableRequest request, RequestOrigin origin) {
        return switch (detect(request)) {
            case RFC9421 -> rfc9421.parse(request, origin);
            case CAVAGE -> cavage.parse(request);
        };
    }

    /** Returns normally when the signature verifies with {@code key}; throws otherwise. */
    public void verify(ParsedSignature signature, PublicKey key) {
        signature.verify(key);
    }
}
