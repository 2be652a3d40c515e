package org.serge.federation.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads and checks a draft-cavage-12 signature as Mastodon and GoToSocial expect it: (request-target) and date or
 * (created) signed, host signed on GET, digest signed and matching the body on POST, dated within the window.
 */
public final class CavageVerifier {

    private static final String AUTHORIZATION_SCHEME = "signature ";

    private final TimeWindow window;

    public CavageVerifier(Clock clock, Duration skew) {
        this.window = new TimeWindow(clock, skew);
    }

    /** True when the request carries a Signature header or an Authorization: Signature header. */
    public static boolean isPresent(SignableRequest request) {
        return headerValue(request) != null;
    }

    /** Everything but the cryptographic check, which needs the key named by {@link ParsedSignature#keyId()}. */
    public ParsedSignature parse(SignableRequest request) {
        String value = headerValue(request);
        if (value == null) {
            throw new MissingSignatureException("request is not signed");
        }
        CavageSignatureHeader header = CavageSignatureHeader.parse(value);
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromCavage(header.algorithm());
        List<String> signed = header.headers();
        if ((signed.contains("(created)") || signed.contains("(expires)"))
                && algorithm == SignatureAlgorithm.RSA_V1_5_SHA256) {
            throw new MalformedSignatureException("(created) and (expires) require hs2019");
        }
        require(signed.contains("(request-target)"), "(request-target) must be signed");
        require(signed.contains("date") || signed.contains("(created)"), "date or (created) must be signed");
        String method = request.method().toUpperCase(Locale.ROOT);
        if (method.equals("GET") || method.equals("HEAD")) {
            require(signed.contains("host"), "host must be signed");
        }
        boolean hasBody = request.hasBody() || method.equals("POST");
        if (hasBody) {
            require(signed.contains("digest"), "digest must be signed");
        }
        checkTimes(header, request);
        if (hasBody) {
            BodyDigests.checkDigestHeader(request.header("digest"), request.bodyOrEmpty());
        }
        return withoutPolicy(header, request);
    }

    /** The parsed signature with no requirement checked: for the draft's own test vectors. */
    static ParsedSignature withoutPolicy(CavageSignatureHeader header, SignableRequest request) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromCavage(header.algorithm());
        List<byte[]> bases = new ArrayList<>();
        bases.add(WireBytes.of(CavageSigningString.build(header, request)));
        // Some servers sign (request-target) without the query string.
        if (request.query() != null && header.headers().contains("(request-target)")) {
            bases.add(WireBytes.of(CavageSigningString.build(header.headers(), request, request.path(),
                    header.created(), header.expires())));
        }
        return new ParsedSignature(SignatureScheme.CAVAGE, header.keyId(), algorithm, bases,
                header.signatureBytes());
    }

    private void checkTimes(CavageSignatureHeader header, SignableRequest request) {
        if (header.headers().contains("date")) {
            String date = request.header("date");
            if (date == null) {
                throw new MalformedSignatureException("a signed header is missing from the request");
            }
            window.checkDated(HttpDates.parse(date));
        }
        Instant created = header.createdInstant();
        if (created != null) {
            window.checkDated(created);
        }
        Instant expires = header.expiresInstant();
        if (expires != null) {
            window.checkExpires(expires);
        }
    }

    private static String headerValue(SignableRequest request) {
        String signature = single(request, "signature");
        if (signature != null) {
            return signature;
        }
        String authorization = single(request, "authorization");
        if (authorization != null && authorization.length() > AUTHORIZATION_SCHEME.length()
                && authorization.regionMatches(true, 0, AUTHORIZATION_SCHEME, 0, AUTHORIZATION_SCHEME.length())) {
            return authorization.substring(AUTHORIZATION_SCHEME.length()).strip();
        }
        return null;
    }

    // The value holds commas of its own: two header lines cannot be joined into one.
    private static String single(SignableRequest request, String name) {
        List<String> values = request.headerValues(name);
        if (values.size() > 1) {
            throw new MalformedSignatureException("more than one " + name + " header");
        }
        return values.isEmpty() ? null : values.get(0).strip();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new MissingSignedComponentException(message);
        }
    }
}
