package org.serge.federation.signature;

import java.security.PrivateKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Signs requests as Mastodon does with draft-cavage-12: Date, Host and (with a body) Digest are set, and the
 * Signature covers "(request-target) host date digest content-type" for a body, "(request-target) host date
 * [accept]" without one. An RSA key signs as rsa-sha256, an Ed25519 key as hs2019.
 */
public final class CavageSigner {

    private final Clock clock;

    public CavageSigner(Clock clock) {
        this.clock = clock;
    }

    /** The request with Date, Host, Digest (when it has a body or is a POST) and Signature set. */
    public SignableRequest sign(SignableRequest request, RequestOrigin origin, String keyId, PrivateKey key) {
        SignableRequest signed = request
                .withHeader("Date", HttpDates.format(clock.instant()))
                .withHeader("Host", origin.authority());
        List<String> headers = new ArrayList<>(List.of("(request-target)", "host", "date"));
        if (request.hasBody() || request.method().equalsIgnoreCase("POST")) {
            signed = signed.withHeader("Digest", BodyDigests.digestHeader(request.bodyOrEmpty()));
            headers.add("digest");
            if (signed.header("content-type") != null) {
                headers.add("content-type");
            }
        } else if (signed.header("accept") != null) {
            headers.add("accept");
        }
        String algorithm = key.getAlgorithm().equals("RSA") ? "rsa-sha256" : "hs2019";
        String signingString = CavageSigningString.build(headers, signed, signed.target(), null, null);
        byte[] signature = SignatureAlgorithm.fromCavage(algorithm)
                .sign(key, WireBytes.of(signingString));
        CavageSignatureHeader header = new CavageSignatureHeader(keyId, algorithm, headers,
                Base64.getEncoder().encodeToString(signature), null, null);
        return signed.withHeader("Signature", header.toHeaderValue());
    }
}
