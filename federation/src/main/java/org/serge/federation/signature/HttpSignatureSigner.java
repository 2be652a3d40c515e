package org.serge.federation.signature;

import java.net.URI;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Signs outgoing requests in either scheme with an actor's key (RSA, as the fediverse expects; Ed25519 works too).
 * The result is the request with every header it needs added: send all of its headers as they are.
 */
public final class HttpSignatureSigner {

    private final CavageSigner cavage;
    private final Rfc9421Signer rfc9421;

    public HttpSignatureSigner(Clock clock) {
        this.cavage = new CavageSigner(clock);
        this.rfc9421 = new Rfc9421Signer(clock);
    }

    public SignableRequest sign(SignatureScheme scheme, SignableRequest request, RequestOrigin origin, String keyId,
                                PrivateKey key) {
        return switch (scheme) {
            case CAVAGE -> cavage.sign(request, origin, keyId, key);
            case RFC9421 -> rfc9421.sign(request, origin, keyId, key);
        };
    }

    /** Signs a request to an absolute URI; {@code body} is null for a GET. */
    public SignableRequest sign(SignatureScheme scheme, String method, URI uri, Map<String, List<String>> headers,
                                byte[] body, String keyId, PrivateKey key) {
        return sign(scheme, SignableRequest.of(method, uri, headers, body), RequestOrigin.of(uri), keyId, key);
    }
}
