package org.serge.federation.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.federation.signature.Requests.CLOCK;
import static org.serge.federation.signature.Requests.KEY_ID;
import static org.serge.federation.signature.Requests.NOW;
import static org.serge.federation.signature.Requests.ORIGIN;
import static org.serge.federation.signature.Requests.actorGet;
import static org.serge.federation.signature.Requests.at;
import static org.serge.federation.signature.Requests.inboxPost;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Rfc9421VerifierTest {

    private final Rfc9421Signer signer = new Rfc9421Signer(CLOCK);
    private final Rfc9421Verifier verifier = new Rfc9421Verifier(CLOCK, Duration.ofHours(1));

    private SignableRequest signedPost() {
        return signer.sign(inboxPost(), ORIGIN, KEY_ID, TestKeys.RSA.getPrivate());
    }

    private SignableRequest signedGet() {
        return signer.sign(actorGet(), ORIGIN, KEY_ID, TestKeys.RSA.getPrivate());
    }

    /** Signs a request carrying Date, Host and Content-Digest over these components. */
    private SignableRequest signOver(SignableRequest prepared, List<String> components, Map<String, Object> params,
                                     PrivateKey key) {
        return signer.sign(prepared, ORIGIN, new Rfc9421SignatureInput("sig1", components, params), key);
    }

    private static Map<String, Object> params(Object... pairs) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            params.put((String) pairs[i], pairs[i + 1]);
        }
        return params;
    }

    private static Map<String, Object> defaultParams() {
        return params("created", NOW.getEpochSecond(), "keyid", KEY_ID, "alg", "rsa-v1_5-sha256");
    }

    private void verify(SignableRequest request) {
        verifier.parse(request, ORIGIN).verify(TestKeys.RSA.getPublic());
    }

    @Test
    void signsPostAsMastodonVerifiesIt() {
        SignableRequest signed = signedPost();
        assertEquals("sig1=(\"@method\" \"@target-uri\" \"content-digest\");created=" + NOW.getEpochSecond()
                + ";keyid=\"" + KEY_ID + "\";alg=\"rsa-v1_5-sha256\"", signed.header("Signature-Input"));
        assertTrue(signed.header("Signature").startsWith("sig1=:"));
        assertTrue(signed.header("Content-Digest").startsWith("sha-256=:"));
        assertEquals("remote.example", signed.header("Host"));
        assertEquals("Sun, 01 Mar 2026 12:00:00 GMT", signed.header("Date"));
    }

    @Test
    void signsGetWithoutDigest() {
        SignableRequest signed = signedGet();
        assertEquals("sig1=(\"@method\" \"@target-uri\");created=" + NOW.getEpochSecond() + ";keyid=\"" + KEY_ID
                + "\";alg=\"rsa-v1_5-sha256\"", signed.header("Signature-Input"));
        assertEquals(null, signed.header("Content-Digest"));
    }

    @Test
    void signatureBaseOfPost() {
        SignableRequest signed = signedPost();
        Rfc9421SignatureInput input = Rfc9421SignatureInput.parse(signed.header("Signature-Input")).get("sig1");
        assertEquals("\"@method\": POST\n"
                + "\"@target-uri\": https://remote.example/users/bob/inbox\n"
                + "\"content-digest\": " + signed.header("Content-Digest") + "\n"
                + "\"@signature-params\": " + input.signatureParams(), Rfc9421SignatureBase.build(input, signed, ORIGIN));
    }

    @Test
    void roundTripPost() {
        ParsedSignature parsed = verifier.parse(signedPost(), ORIGIN);
        assertEquals(SignatureScheme.RFC9421, parsed.scheme());
        assertEquals(KEY_ID, parsed.keyId());
        parsed.verify(TestKeys.RSA.getPublic());
    }

    @Test
    void roundTripGet() {
        verify(signedGet());
    }

    @Test
    void roundTripEd25519() {
        SignableRequest signed = signer.sign(inboxPost(), ORIGIN, KEY_ID, TestKeys.ED25519.getPrivate());
        assertTrue(signed.header("Signature-Input").endsWith(";alg=\"ed25519\""));
        verifier.parse(signed, ORIGIN).verify(TestKeys.ED25519.getPublic());
        assertThrows(InvalidSignatureException.class,
                () -> verifier.parse(signed, ORIGIN).verify(TestKeys.RSA.getPublic()));
    }

    @Test
    void absentAlgFollowsTheKey() {
        SignableRequest prepared = signedPost();
        Map<String, Object> params = params("created", NOW.getEpochSecond(), "keyid", KEY_ID);
        verify(signOver(prepared, List.of("@method", "@target-uri", "content-digest"), params,
                TestKeys.RSA.getPrivate()));
    }

    @Test
    void authorityMayStandForTargetUri() {
        SignableRequest signed = signOver(signedPost(),
                List.of("@method", "@authority", "@path", "@query", "@scheme", "@request-target", "content-digest",
                        "content-type", "date"), defaultParams(), TestKeys.RSA.getPrivate());
        verify(signed);
    }

    @Test
    void originMatters() {
        SignableRequest signed = signedPost();
        ParsedSignature parsed = verifier.parse(signed, new RequestOrigin("https", "other.example"));
        assertThrows(InvalidSignatureException.class, () -> parsed.verify(TestKeys.RSA.getPublic()));
    }

    @Test
    void targetTampered() {
        SignableRequest signed = signedGet();
        SignableRequest other = new SignableRequest("GET", "/users/bob?page=2", signed.headers(), null);
        assertThrows(InvalidSignatureException.class, () -> verify(other));
    }

    @Test
    void coveredHeaderValueTampered() {
        SignableRequest signed = signOver(signedPost(), List.of("@method", "@target-uri", "content-digest",
                "content-type"), defaultParams(), TestKeys.RSA.getPrivate());
        assertThrows(InvalidSignatureException.class,
                () -> verify(signed.withHeader("Content-Type", "text/html")));
    }

    @Test
    void noSignature() {
        assertThrows(MissingSignatureException.class, () -> verifier.parse(inboxPost(), ORIGIN));
    }

    @Test
    void inputWithoutSignature() {
        SignableRequest signed = signedPost();
        SignableRequest stripped = new SignableRequest(signed.method(), signed.target(),
                Map.of("Signature-Input", List.of(signed.header("Signature-Input"))), signed.body());
        assertThrows(MalformedSignatureException.class, () -> verifier.parse(stripped, ORIGIN));
    }

    @Test
    void malformedFields() {
        for (String input : List.of("sig1=", "sig1=(\"@method\"", "sig1=(@method)", "sig1=\"@method\"",
                "sig1=(\"@method\" \"@method\");created=1", "sig1=(\"@Method\");created=1",
                "sig1=(\"@method\");created=\"now\"", "sig1=(\"@method\");keyid=1", "Sig1=(\"@method\")",
                "sig1=(\"@method\";req);created=1")) {
            SignableRequest request = signedPost().withHeader("Signature-Input", input);
            assertThrows(MalformedSignatureException.class, () -> verifier.parse(request, ORIGIN), input);
        }
        for (String signature : List.of("sig1=abc", "sig1=:not base64!:", "sig1=\"AAAA\"", "other=:AAAA:")) {
            SignableRequest request = signedPost().withHeader("Signature", signature);
            assertThrows(MalformedSignatureException.class, () -> verifier.parse(request, ORIGIN), signature);
        }
    }

    @Test
    void keyIdIsRequired() {
        SignableRequest signed = signOver(signedPost(), List.of("@method", "@target-uri", "content-digest"),
                params("created", NOW.getEpochSecond(), "alg", "rsa-v1_5-sha256"), TestKeys.RSA.getPrivate());
        assertThrows(MalformedSignatureException.class, () -> verifier.parse(signed, ORIGIN));
    }

    @Test
    void unknownAlgorithm() {
        for (String alg : List.of("rsa-pss-sha512", "hmac-sha256", "ecdsa-p256-sha256", "rsa-sha256")) {
            String input = "sig1=(\"@method\" \"@target-uri\" \"content-digest\");created=" + NOW.getEpochSecond()
                    + ";keyid=\"k\";alg=\"" + alg + "\"";
            SignableRequest request = signedPost().withHeader("Signature-Input", input);
            assertThrows(UnsupportedAlgorithmException.class, () -> verifier.parse(request, ORIGIN), alg);
        }
    }

    @Test
    void createdIsRequired() {
        SignableRequest signed = signOver(signedPost(), List.of("@method", "@target-uri", "content-digest"),
                params("keyid", KEY_ID, "alg", "rsa-v1_5-sha256"), TestKeys.RSA.getPrivate());
        assertThrows(MissingSignedComponentException.class, () -> verifier.parse(signed, ORIGIN));
    }

    @Test
    void methodMustBeCovered() {
        SignableRequest signed = signOver(signedPost(), List.of("@target-uri", "content-digest"), defaultParams(),
                TestKeys.RSA.getPrivate());
        MissingSignedComponentException e =
                assertThrows(MissingSignedComponentException.class, () -> verifier.parse(signed, ORIGIN));
        assertEquals("@method must be covered", e.getMessage());
    }

    @Test
    void targetMustBeCovered() {
        SignableRequest signed = signOver(signedPost(), List.of("@method", "@path", "content-digest"),
                defaultParams(), TestKeys.RSA.getPrivate());
        assertThrows(MissingSignedComponentException.class, () -> verifier.parse(signed, ORIGIN));
    }

    @Test
    void postMustCoverContentDigest() {
        SignableRequest signed = signOver(signedPost(), List.of("@method", "@target-uri"), defaultParams(),
                TestKeys.RSA.getPrivate());
        MissingSignedComponentException e =
                assertThrows(MissingSignedComponentException.class, () -> verifier.parse(signed, ORIGIN));
        assertEquals("content-digest must be covered", e.getMessage());
    }

    @Test
    void coveredHeaderAbsent() {
        SignableRequest signed = signedPost();
        SignableRequest stripped = new SignableRequest(signed.method(), signed.target(), Map.of(
                "Signature-Input", List.of(signed.header("Signature-Input")),
                "Signature", List.of(signed.header("Signature"))), signed.body());
        assertThrows(MalformedSignatureException.class, () -> verifier.parse(stripped, ORIGIN));
    }

    @Test
    void wrongContentDigest() {
        SignableRequest signed = signOver(signedPost().withHeader("Content-Digest",
                        "sha-256=:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=:"),
                List.of("@method", "@target-uri", "content-digest"), defaultParams(), TestKeys.RSA.getPrivate());
        assertThrows(DigestMismatchException.class, () -> verifier.parse(signed, ORIGIN));
    }

    @Test
    void contentDigestWithoutSha2() {
        SignableRequest signed = signOver(signedPost().withHeader("Content-Digest", "md5=:AAAA:"),
                List.of("@method", "@target-uri", "content-digest"), defaultParams(), TestKeys.RSA.getPrivate());
        assertThrows(DigestMismatchException.class, () -> verifier.parse(signed, ORIGIN));
    }

    @Test
    void bodyTampered() {
        SignableRequest signed = signedPost();
        SignableRequest tampered = new SignableRequest(signed.method(), signed.target(), signed.headers(),
                "{}".getBytes(StandardCharsets.UTF_8));
        assertThrows(DigestMismatchException.class, () -> verifier.parse(tampered, ORIGIN));
    }

    @Test
    void createdTwoHoursOld() {
        Rfc9421Verifier later = new Rfc9421Verifier(at(NOW.plus(Duration.ofHours(2))), Duration.ofHours(1));
        assertThrows(SignatureExpiredException.class, () -> later.parse(signedPost(), ORIGIN));
    }

    @Test
    void createdTwoHoursAhead() {
        Rfc9421Verifier earlier = new Rfc9421Verifier(at(NOW.minus(Duration.ofHours(2))), Duration.ofHours(1));
        assertThrows(SignatureExpiredException.class, () -> earlier.parse(signedPost(), ORIGIN));
    }

    @Test
    void expiresInThePast() {
        SignableRequest signed = signOver(signedPost(), List.of("@method", "@target-uri", "content-digest"),
                params("created", NOW.getEpochSecond() - 60, "expires", NOW.getEpochSecond() - 1, "keyid", KEY_ID),
                TestKeys.RSA.getPrivate());
        assertThrows(SignatureExpiredException.class, () -> verifier.parse(signed, ORIGIN));
    }

    @Test
    void coveredDateIsCheckedToo() {
        SignableRequest prepared = signedPost().withHeader("Date", "Sun, 01 Mar 2026 09:00:00 GMT");
        SignableRequest signed = signOver(prepared, List.of("@method", "@target-uri", "content-digest", "date"),
                defaultParams(), TestKeys.RSA.getPrivate());
        assertThrows(SignatureExpiredException.class, () -> verifier.parse(signed, ORIGIN));
    }

    @Test
    void wrongKey() {
        ParsedSignature parsed = verifier.parse(signedPost(), ORIGIN);
        assertThrows(InvalidSignatureException.class, () -> parsed.verify(TestKeys.OTHER_RSA.getPublic()));
    }

    @Test
    void firstLabelWithASignatureIsUsed() {
        SignableRequest signed = signedPost();
        SignableRequest two = signed
                .withHeader("Signature-Input", "proxy=(\"@method\");created=1;keyid=\"p\", "
                        + signed.header("Signature-Input"))
                .withHeader("Signature", signed.header("Signature"));
        verify(two);
    }

    @Test
    void unsupportedDerivedComponent() {
        String input = "sig1=(\"@method\" \"@target-uri\" \"content-digest\" \"@status\");created="
                + NOW.getEpochSecond() + ";keyid=\"k\"";
        SignableRequest request = signedPost().withHeader("Signature-Input", input);
        assertThrows(MalformedSignatureException.class, () -> verifier.parse(request, ORIGIN));
    }
}
