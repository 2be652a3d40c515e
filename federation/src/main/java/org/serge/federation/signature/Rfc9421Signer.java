package org.serge.federation.signature;

import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Signs requests with RFC 9421 as Mastodon 4.5 verifies them: label sig1 covering @method, @target-uri and (with
 * a body) content-digest, with created, keyid and alg. Date and Host are set too, for servers that log or check
 * them. An RSA key signs as rsa-v1_5-sha256, an Ed25519 key as ed25519.
 */
public final class Rfc9421Signer {

    static final String LABEL = "sig1";

    private final Clock clock;

    public Rfc9421Signer(Clock clock) {
        this.clock = clock;
    }

    /** The request with Date, Host, Content-Digest (when it has a body or is a POST), Signature-Input, Signature. */
    public SignableRequest sign(SignableRequest request, RequestOrigin origin, String keyId, PrivateKey key) {
        SignableRequest prepared = request
                .withHeader("Date", HttpDates.format(clock.instant()))
                .withHeader("Host", origin.authority());
        List<String> components = new ArrayList<>(List.of("@method", "@target-uri"));
        if (request.hasBody() || request.method().equalsIgnoreCase("POST")) {
            prepared = prepared.withHeader("Content-Digest", BodyDigests.contentDigestHeader(request.bodyOrEmpty()));
            components.add("content-digest");
        }
        String alg = key.getAlgorithm().equals("RSA") ? "rsa-v1_5-sha256" : "ed25519";
        Rfc9421SignatureInput input = Rfc9421SignatureInput.of(LABEL, components, clock.instant().getEpochSecond(),
                keyId, alg);
        return sign(prepared, origin, input, key);
    }

    /** Signs exactly what {@code input} covers and sets Signature-Input and Signature; adds no other header. */
    public SignableRequest sign(SignableRequest request, RequestOrigin origin, Rfc9421SignatureInput input,
                                PrivateKey key) {
        String base = Rfc9421SignatureBase.build(input, request, origin);
        byte[] signature = SignatureAlgorithm.fromRfc9421(input.alg()).sign(key, WireBytes.of(base));
        String signatureField = input.label() + "=" + StructuredFields.serializeBareItem(signature);
        return request.withHeader("Signature-Input", input.toHeaderValue())
                .withHeader("Signature", signatureField);
    }
}
