package org.serge.federation.signature;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and checks an RFC 9421 signature: created present and in the window, @method and @target-uri (or
 * @authority) covered, content-digest covered and matching the body on POST. The first Signature-Input member
 * that has a Signature is the one checked.
 */
public final class Rfc9421Verifier {

    private final TimeWindow window;

    public Rfc9421Verifier(Clock clock, Duration skew) {
        this.window = new TimeWindow(clock, skew);
    }

    public static boolean isPresent(SignableRequest request) {
        return request.header("signature-input") != null;
    }

    /**
     * Everything but the cryptographic check.
     *
     * @param origin the scheme and authority the request was sent to (the node's public origin)
     */
    public ParsedSignature parse(SignableRequest request, RequestOrigin origin) {
        String inputField = request.header("signature-input");
        if (inputField == null) {
            throw new MissingSignatureException("request is not signed");
        }
        String signatureField = request.header("signature");
        if (signatureField == null) {
            throw new MalformedSignatureException("Signature-Input without Signature");
        }
        Map<String, Rfc9421SignatureInput> inputs = Rfc9421SignatureInput.parse(inputField);
        Map<String, StructuredFields.Member> signatures = StructuredFields.parseDictionary(signatureField);
        for (Rfc9421SignatureInput input : inputs.values()) {
            if (signatures.get(input.label()) instanceof StructuredFields.Item item
                    && item.value() instanceof byte[] signature) {
                checkPolicy(input, request);
                return withoutPolicy(input, signature, request, origin);
            }
        }
        throw new MalformedSignatureException("no Signature matches the Signature-Input");
    }

    /** The parsed signature with no requirement checked: for the RFC's own examples. */
    static ParsedSignature withoutPolicy(Rfc9421SignatureInput input, byte[] signature, SignableRequest request,
                                         RequestOrigin origin) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.fromRfc9421(input.alg());
        if (input.keyId() == null || input.keyId().isEmpty()) {
            throw new MalformedSignatureException("keyid is required");
        }
        byte[] base = WireBytes.of(Rfc9421SignatureBase.build(input, request, origin));
        return new ParsedSignature(SignatureScheme.RFC9421, input.keyId(), algorithm, List.of(base), signature);
    }

    private void checkPolicy(Rfc9421SignatureInput input, SignableRequest request) {
        SignatureAlgorithm.fromRfc9421(input.alg());
        List<String> covered = input.components();
        if (input.created() == null) {
            throw new MissingSignedComponentException("created is required");
        }
        require(covered.contains("@method"), "@method must be covered");
        require(covered.contains("@target-uri") || covered.contains("@authority"),
                "@target-uri must be covered");
        boolean hasBody = request.hasBody() || request.method().toUpperCase(Locale.ROOT).equals("POST");
        if (hasBody) {
            require(covered.contains("content-digest"), "content-digest must be covered");
        }
        window.checkDated(Instant.ofEpochSecond(input.created()));
        if (input.expires() != null) {
            window.checkExpires(Instant.ofEpochSecond(input.expires()));
        }
        if (covered.contains("date") && request.header("date") != null) {
            window.checkDated(HttpDates.parse(request.header("date")));
        }
        if (hasBody) {
            BodyDigests.checkContentDigestHeader(request.header("content-digest"), request.bodyOrEmpty());
        }
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new MissingSignedComponentException(message);
        }
    }
}
