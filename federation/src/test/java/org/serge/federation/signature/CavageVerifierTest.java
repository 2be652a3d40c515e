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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CavageVerifierTest {

    private final CavageSigner signer = new CavageSigner(CLOCK);
    private final CavageVerifier verifier = new CavageVerifier(CLOCK, Duration.ofHours(1));

    private SignableRequest signedPost() {
        return signer.sign(inboxPost(), ORIGIN, KEY_ID, TestKeys.RSA.getPrivate());
    }

    private SignableRequest signedGet() {
        return signer.sign(actorGet(), ORIGIN, KEY_ID, TestKeys.RSA.getPrivate());
    }

    /** Re-signs an already prepared request over exactly these headers. */
    private static SignableRequest resign(SignableRequest prepared, List<String> headers, String algorithm,
                                          PrivateKey key, String requestTarget, String created) {
        String signingString = CavageSigningString.build(headers, prepared, requestTarget, created, null);
        byte[] signature = SignatureAlgorithm.fromCavage(algorithm).sign(key, WireBytes.of(signingString));
        CavageSignatureHeader header = new CavageSignatureHeader(KEY_ID, algorithm, headers,
                Base64.getEncoder().encodeToString(signature), created, null);
        return prepared.withHeader("Signature", header.toHeaderValue());
    }

    private static SignableRequest resign(SignableRequest prepared, List<String> headers) {
        return resign(prepared, headers, "rsa-sha256", TestKeys.RSA.getPrivate(), prepared.target(), null);
    }

    private void verify(SignableRequest request) {
        verifier.parse(request).verify(TestKeys.RSA.getPublic());
    }

    @Test
    void signsPostAsMastodonDoes() {
        SignableRequest signed = signedPost();
        CavageSignatureHeader header = CavageSignatureHeader.parse(signed.header("Signature"));
        assertEquals(List.of("(request-target)", "host", "date", "digest", "content-type"), header.headers());
        assertEquals("rsa-sha256", header.algorithm());
        assertEquals(KEY_ID, header.keyId());
        assertEquals("remote.example", signed.header("Host"));
        assertEquals("Sun, 01 Mar 2026 12:00:00 GMT", signed.header("Date"));
        assertEquals("SHA-256=" + Base64.getEncoder().encodeToString(
                org.serge.core.crypto.SecretTokens.sha256(Requests.ACTIVITY)), signed.header("Digest"));
    }

    @Test
    void signsGetWithAccept() {
        CavageSignatureHeader header = CavageSignatureHeader.parse(signedGet().header("Signature"));
        assertEquals(List.of("(request-target)", "host", "date", "accept"), header.headers());
        assertEquals(null, signedGet().header("Digest"));
    }

    @Test
    void roundTripPost() {
        ParsedSignature parsed = verifier.parse(signedPost());
        assertEquals(KEY_ID, parsed.keyId());
        assertEquals(SignatureScheme.CAVAGE, parsed.scheme());
        parsed.verify(TestKeys.RSA.getPublic());
    }

    @Test
    void roundTripGet() {
        verify(signedGet());
    }

    @Test
    void roundTripWithEd25519AsHs2019() {
        SignableRequest signed = signer.sign(inboxPost(), ORIGIN, KEY_ID, TestKeys.ED25519.getPrivate());
        assertEquals("hs2019", CavageSignatureHeader.parse(signed.header("Signature")).algorithm());
        verifier.parse(signed).verify(TestKeys.ED25519.getPublic());
    }

    @Test
    void acceptsAuthorizationHeader() {
        SignableRequest signed = signedPost();
        SignableRequest moved = new SignableRequest(signed.method(), signed.target(),
                Map.of("Host", List.of(signed.header("Host")), "Date", List.of(signed.header("Date")),
                        "Digest", List.of(signed.header("Digest")),
                        "Content-Type", List.of(signed.header("Content-Type")),
                        "Authorization", List.of("Signature " + signed.header("Signature"))),
                Requests.ACTIVITY);
        verify(moved);
    }

    @Test
    void hs2019AndAbsentAlgorithmMeanRsaSha256WithAnRsaKey() {
        SignableRequest prepared = signedPost();
        List<String> headers = List.of("(request-target)", "host", "date", "digest");
        verify(resign(prepared, headers, "hs2019", TestKeys.RSA.getPrivate(), prepared.target(), null));
        String signingString = CavageSigningString.build(headers, prepared, prepared.target(), null, null);
        String signature = Base64.getEncoder().encodeToString(
                SignatureAlgorithm.RSA_V1_5_SHA256.sign(TestKeys.RSA.getPrivate(), WireBytes.of(signingString)));
        verify(prepared.withHeader("Signature", "keyId=\"" + KEY_ID
                + "\",headers=\"(request-target) host date digest\",signature=\"" + signature + "\""));
    }

    @Test
    void createdCanReplaceDateWithHs2019() {
        SignableRequest prepared = signedPost();
        String created = Long.toString(NOW.getEpochSecond() - 30);
        verify(resign(prepared, List.of("(request-target)", "(created)", "host", "digest"), "hs2019",
                TestKeys.RSA.getPrivate(), prepared.target(), created));
    }

    @Test
    void createdIsRefusedWithRsaSha256() {
        SignableRequest prepared = signedPost();
        String created = Long.toString(NOW.getEpochSecond());
        SignableRequest request = resign(prepared, List.of("(request-target)", "(created)", "host", "digest"),
                "rsa-sha256", TestKeys.RSA.getPrivate(), prepared.target(), created);
        assertThrows(MalformedSignatureException.class, () -> verifier.parse(request));
    }

    @Test
    void queryStringFallback() {
        SignableRequest prepared = signedGet();
        SignableRequest signedWithoutQuery = resign(prepared, List.of("(request-target)", "host", "date"),
                "rsa-sha256", TestKeys.RSA.getPrivate(), prepared.path(), null);
        verify(signedWithoutQuery);
    }

    @Test
    void otherTargetIsNotAccepted() {
        SignableRequest prepared = signedGet();
        SignableRequest request = resign(prepared, List.of("(request-target)", "host", "date"), "rsa-sha256",
                TestKeys.RSA.getPrivate(), "/users/carol", null);
        assertThrows(InvalidSignatureException.class, () -> verify(request));
    }

    @Test
    void noSignature() {
        assertThrows(MissingSignatureException.class, () -> verifier.parse(inboxPost()));
        SignableRequest basic = inboxPost().withHeader("Authorization", "Basic YTpi");
        assertThrows(MissingSignatureException.class, () -> verifier.parse(basic));
    }

    @Test
    void malformedHeader() {
        for (String value : List.of("garbage", "keyId=\"a\"", "signature=\"abc=\"", "keyId=\"a,signature=\"b\"",
                "keyId=\"a\",keyId=\"b\",signature=\"AAAA\"", "keyId=\"a\",signature=\"not base64!\"",
                "keyId=\"a\",signature=\"AAAA\",created=yesterday", "keyId=\"a\" signature=\"AAAA\"")) {
            SignableRequest request = signedPost().withHeader("Signature", value);
            assertThrows(MalformedSignatureException.class, () -> verifier.parse(request), value);
        }
    }

    @Test
    void twoSignatureHeadersAreMalformed() {
        SignableRequest signed = signedPost();
        SignableRequest twice = new SignableRequest(signed.method(), signed.target(),
                Map.of("Signature", List.of(signed.header("Signature"), signed.header("Signature"))), null);
        assertThrows(MalformedSignatureException.class, () -> verifier.parse(twice));
    }

    @Test
    void unknownAlgorithm() {
        for (String algorithm : List.of("hmac-sha256", "rsa-sha1", "ecdsa-sha256", "rsa-sha512")) {
            SignableRequest request = resign(signedPost(), List.of("(request-target)", "host", "date", "digest"))
                    .withHeader("Signature", "keyId=\"k\",algorithm=\"" + algorithm
                            + "\",headers=\"(request-target) host date digest\",signature=\"AAAA\"");
            assertThrows(UnsupportedAlgorithmException.class, () -> verifier.parse(request), algorithm);
        }
    }

    @Test
    void requestTargetMustBeSigned() {
        SignableRequest request = resign(signedPost(), List.of("host", "date", "digest"));
        MissingSignedComponentException e =
                assertThrows(MissingSignedComponentException.class, () -> verifier.parse(request));
        assertEquals("(request-target) must be signed", e.getMessage());
    }

    @Test
    void dateOrCreatedMustBeSigned() {
        SignableRequest request = resign(signedPost(), List.of("(request-target)", "host", "digest"));
        assertThrows(MissingSignedComponentException.class, () -> verifier.parse(request));
    }

    @Test
    void defaultHeadersAreDateOnly() {
        SignableRequest prepared = signedPost();
        String signature = Base64.getEncoder().encodeToString(SignatureAlgorithm.RSA_V1_5_SHA256.sign(
                TestKeys.RSA.getPrivate(), WireBytes.of("date: " + prepared.header("Date"))));
        SignableRequest request = prepared.withHeader("Signature",
                "keyId=\"" + KEY_ID + "\",algorithm=\"rsa-sha256\",signature=\"" + signature + "\"");
        assertEquals(List.of("date"), CavageSignatureHeader.parse(request.header("Signature")).headers());
        assertThrows(MissingSignedComponentException.class, () -> verifier.parse(request));
    }

    @Test
    void getMustSignHost() {
        SignableRequest request = resign(signedGet(), List.of("(request-target)", "date", "accept"));
        MissingSignedComponentException e =
                assertThrows(MissingSignedComponentException.class, () -> verifier.parse(request));
        assertEquals("host must be signed", e.getMessage());
    }

    @Test
    void postMustSignDigest() {
        SignableRequest request = resign(signedPost(), List.of("(request-target)", "host", "date", "content-type"));
        MissingSignedComponentException e =
                assertThrows(MissingSignedComponentException.class, () -> verifier.parse(request));
        assertEquals("digest must be signed", e.getMessage());
    }

    @Test
    void signedHeaderAbsentFromRequest() {
        SignableRequest prepared = signedPost();
        SignableRequest request = resign(prepared, List.of("(request-target)", "host", "date", "digest"))
                .withHeader("Signature", CavageSignatureHeader.parse(prepared.header("Signature")).toHeaderValue()
                        .replace("content-type", "x-missing"));
        assertThrows(MalformedSignatureException.class, () -> verifier.parse(request));
    }

    @Test
    void wrongDigest() {
        SignableRequest request = resign(signedPost().withHeader("Digest", "SHA-256=" + Base64.getEncoder()
                .encodeToString(new byte[32])), List.of("(request-target)", "host", "date", "digest"));
        assertThrows(DigestMismatchException.class, () -> verifier.parse(request));
    }

    @Test
    void digestWithoutSha2() {
        SignableRequest request = resign(signedPost().withHeader("Digest", "MD5=AAAA"),
                List.of("(request-target)", "host", "date", "digest"));
        assertThrows(DigestMismatchException.class, () -> verifier.parse(request));
    }

    @Test
    void multipleDigestsAreAllChecked() {
        String sha512 = Base64.getEncoder().encodeToString(sha512(Requests.ACTIVITY));
        SignableRequest prepared = signedPost();
        String both = prepared.header("Digest") + ",SHA-512=" + sha512;
        verify(resign(prepared.withHeader("Digest", both), List.of("(request-target)", "host", "date", "digest")));
        String badSecond = prepared.header("Digest") + ", SHA-512=" + Base64.getEncoder().encodeToString(new byte[64]);
        SignableRequest bad = resign(prepared.withHeader("Digest", badSecond),
                List.of("(request-target)", "host", "date", "digest"));
        assertThrows(DigestMismatchException.class, () -> verifier.parse(bad));
    }

    @Test
    void bodyTampered() {
        SignableRequest signed = signedPost();
        SignableRequest tampered = new SignableRequest(signed.method(), signed.target(), signed.headers(),
                "{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8));
        assertThrows(DigestMismatchException.class, () -> verifier.parse(tampered));
    }

    @Test
    void headerValueTampered() {
        SignableRequest tampered = signedPost().withHeader("Content-Type", "text/html");
        assertThrows(InvalidSignatureException.class, () -> verify(tampered));
        SignableRequest otherHost = signedGet().withHeader("Host", "evil.example");
        assertThrows(InvalidSignatureException.class, () -> verify(otherHost));
    }

    @Test
    void methodTampered() {
        SignableRequest signed = signedGet();
        SignableRequest head = new SignableRequest("HEAD", signed.target(), signed.headers(), null);
        assertThrows(InvalidSignatureException.class, () -> verify(head));
    }

    @Test
    void dateTwoHoursOld() {
        CavageVerifier later = new CavageVerifier(at(NOW.plus(Duration.ofHours(2))), Duration.ofHours(1));
        SignatureExpiredException e =
                assertThrows(SignatureExpiredException.class, () -> later.parse(signedPost()));
        assertEquals("signature is too old", e.getMessage());
    }

    @Test
    void dateTwoHoursAhead() {
        CavageVerifier earlier = new CavageVerifier(at(NOW.minus(Duration.ofHours(2))), Duration.ofHours(1));
        SignatureExpiredException e =
                assertThrows(SignatureExpiredException.class, () -> earlier.parse(signedPost()));
        assertEquals("signature is dated in the future", e.getMessage());
    }

    @Test
    void dateWithinTheHourIsAccepted() {
        new CavageVerifier(at(NOW.plus(Duration.ofMinutes(59))), Duration.ofHours(1)).parse(signedPost());
        new CavageVerifier(at(NOW.minus(Duration.ofMinutes(59))), Duration.ofHours(1)).parse(signedPost());
    }

    @Test
    void expiresInThePast() {
        SignableRequest prepared = signedPost();
        List<String> headers = List.of("(request-target)", "host", "date", "digest", "(expires)");
        String expires = Long.toString(NOW.getEpochSecond() - 1);
        String signingString = CavageSigningString.build(headers, prepared, prepared.target(), null, expires);
        String signature = Base64.getEncoder().encodeToString(
                SignatureAlgorithm.RSA_V1_5_SHA256.sign(TestKeys.RSA.getPrivate(), WireBytes.of(signingString)));
        SignableRequest request = prepared.withHeader("Signature", new CavageSignatureHeader(KEY_ID, "hs2019",
                headers, signature, null, expires).toHeaderValue());
        SignatureExpiredException e = assertThrows(SignatureExpiredException.class, () -> verifier.parse(request));
        assertEquals("signature has expired", e.getMessage());
    }

    @Test
    void wrongKey() {
        ParsedSignature parsed = verifier.parse(signedPost());
        assertThrows(InvalidSignatureException.class, () -> parsed.verify(TestKeys.OTHER_RSA.getPublic()));
        assertThrows(InvalidSignatureException.class, () -> parsed.verify(TestKeys.ED25519.getPublic()));
    }

    @Test
    void signatureBytesTampered() {
        SignableRequest signed = signedPost();
        CavageSignatureHeader header = CavageSignatureHeader.parse(signed.header("Signature"));
        byte[] bytes = header.signatureBytes();
        bytes[10] ^= 1;
        SignableRequest tampered = signed.withHeader("Signature", new CavageSignatureHeader(header.keyId(),
                header.algorithm(), header.headers(), Base64.getEncoder().encodeToString(bytes), null, null)
                .toHeaderValue());
        assertThrows(InvalidSignatureException.class, () -> verify(tampered));
    }

    @Test
    void messagesAreShort() {
        HttpSignatureException e = assertThrows(HttpSignatureException.class,
                () -> verifier.parse(signedPost().withHeader("Signature", "keyId=\"x\",signature=\"%%%\"")));
        assertTrue(e.getMessage().length() < 60);
    }

    private static byte[] sha512(byte[] data) {
        try {
            return java.security.MessageDigest.getInstance("SHA-512").digest(data);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
