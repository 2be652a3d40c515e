package org.serge.federation.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.federation.signature.Requests.ACTIVITY;
import static org.serge.federation.signature.Requests.CLOCK;
import static org.serge.federation.signature.Requests.KEY_ID;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The two facades together, as the delivery queue and the inbox use them. */
class HttpSignatureFacadeTest {

    private static final URI INBOX = URI.create("https://Remote.Example:443/users/bob/inbox");
    private static final URI ACTOR = URI.create("https://remote.example:8443/users/bob?page=1");
    private static final Map<String, List<String>> JSON = Map.of("Content-Type", List.of("application/activity+json"));

    private final HttpSignatureSigner signer = new HttpSignatureSigner(CLOCK);
    private final HttpSignatureVerifier verifier = new HttpSignatureVerifier(CLOCK);

    private static RequestOrigin originOf(URI uri) {
        return RequestOrigin.of(uri);
    }

    @Test
    void postRoundTripInBothSchemes() {
        for (SignatureScheme scheme : SignatureScheme.values()) {
            SignableRequest signed = signer.sign(scheme, "POST", INBOX, JSON, ACTIVITY, KEY_ID,
                    TestKeys.RSA.getPrivate());
            assertEquals("/users/bob/inbox", signed.target());
            assertEquals("remote.example", signed.header("Host"));
            assertEquals(scheme, HttpSignatureVerifier.detect(signed));
            ParsedSignature parsed = verifier.parse(signed, originOf(INBOX));
            assertEquals(scheme, parsed.scheme());
            assertEquals(KEY_ID, parsed.keyId());
            verifier.verify(parsed, TestKeys.RSA.getPublic());
            assertThrows(InvalidSignatureException.class,
                    () -> verifier.verify(parsed, TestKeys.OTHER_RSA.getPublic()), scheme.name());
        }
    }

    @Test
    void getRoundTripInBothSchemes() {
        Map<String, List<String>> accept = Map.of("Accept", List.of("application/activity+json"));
        for (SignatureScheme scheme : SignatureScheme.values()) {
            SignableRequest signed = signer.sign(scheme, "GET", ACTOR, accept, null, KEY_ID,
                    TestKeys.RSA.getPrivate());
            assertEquals("/users/bob?page=1", signed.target());
            assertEquals("remote.example:8443", signed.header("Host"));
            ParsedSignature parsed = verifier.parse(signed, originOf(ACTOR));
            verifier.verify(parsed, TestKeys.RSA.getPublic());
        }
    }

    @Test
    void signatureInputMeansRfc9421EvenWithACavageSignature() {
        SignableRequest cavage = signer.sign(SignatureScheme.CAVAGE, "POST", INBOX, JSON, ACTIVITY, KEY_ID,
                TestKeys.RSA.getPrivate());
        assertEquals(SignatureScheme.CAVAGE, HttpSignatureVerifier.detect(cavage));
        SignableRequest both = cavage.withHeader("Signature-Input", "sig1=(\"@method\");created=1;keyid=\"k\"");
        assertEquals(SignatureScheme.RFC9421, HttpSignatureVerifier.detect(both));
    }

    @Test
    void unsignedRequest() {
        SignableRequest plain = SignableRequest.of("GET", ACTOR, Map.of());
        assertThrows(MissingSignatureException.class, () -> HttpSignatureVerifier.detect(plain));
        assertThrows(MissingSignatureException.class, () -> verifier.parse(plain, originOf(ACTOR)));
    }

    @Test
    void everyFailureIsAnHttpSignatureException() {
        SignableRequest signed = signer.sign(SignatureScheme.RFC9421, "POST", INBOX, JSON, ACTIVITY, KEY_ID,
                TestKeys.RSA.getPrivate());
        SignableRequest tampered = new SignableRequest("POST", signed.target(), signed.headers(), new byte[0]);
        HttpSignatureException e = assertThrows(HttpSignatureException.class,
                () -> verifier.parse(tampered, originOf(INBOX)));
        assertTrue(e instanceof DigestMismatchException);
        assertEquals("body does not match its digest", e.getMessage());
    }

    @Test
    void keyOfAnotherTypeIsRefused() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        java.security.PublicKey ec = generator.generateKeyPair().getPublic();
        for (SignatureScheme scheme : SignatureScheme.values()) {
            SignableRequest signed = signer.sign(scheme, "POST", INBOX, JSON, ACTIVITY, KEY_ID,
                    TestKeys.RSA.getPrivate());
            ParsedSignature parsed = verifier.parse(signed, originOf(INBOX));
            assertThrows(HttpSignatureException.class, () -> verifier.verify(parsed, ec));
        }
    }
}
