package org.serge.federation.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** draft-cavage-http-signatures-12 Appendix C, with the draft's "Test" key; RSA PKCS#1 v1.5 is deterministic. */
class CavageTestVectorsTest {

    private static final String C1 = "SjWJWbWN7i0wzBvtPl8rbASWz5xQW6mcJmn+ibttBqtifLN7Sazz6m79cNfwwb8DMJ5cou1s7uEGKKCs"
            + "+FLEEaDV5lp7q25WqS+lavg7T8hc0GppauB6hbgEKTwblDHYGEtbGmtdHgVCk9SuS13F0hZ8FD0k/5OxEPXe5WozsbM=";
    private static final String C2 = "qdx+H7PHHDZgy4y/Ahn9Tny9V3GP6YgBPyUXMmoxWtLbHpUnXS2mg2+SbrQDMCJypxBLSPQR2aAjn7nd"
            + "mw2iicw3HMbe8VfEdKFYRqzic+efkb3nndiv/x1xSHDJWeSWkx3ButlYSuBskLu6kd9Fswtemr3lgdDEmn04swr2Os0=";
    private static final String C3 = "vSdrb+dS3EceC9bcwHSo4MlyKS59iFIrhgYkz8+oVLEEzmYZZvRs8rgOp+63LEM3v+MFHB32NfpB2bEK"
            + "BIvB1q52LaEUHFv120V01IL+TAD48XaERZFukWgHoBTLMhYS2Gb51gWxpeIq8knRmPnYePbF5MOkR0Zkly4zKH7s1dE=";

    private static final Instant DATE = Instant.parse("2014-01-05T21:31:40Z");

    private static SignableRequest request(String signatureHeader, String value) {
        Map<String, List<String>> headers = new java.util.HashMap<>(Map.of(
                "Host", List.of("example.com"),
                "Date", List.of("Sun, 05 Jan 2014 21:31:40 GMT"),
                "Content-Type", List.of("application/json"),
                "Digest", List.of("SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE="),
                "Content-Length", List.of("18")));
        headers.put(signatureHeader, List.of(value));
        return new SignableRequest("POST", "/foo?param=value&pet=dog", headers,
                "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static String sign(String signingString) {
        return Base64.getEncoder().encodeToString(SignatureAlgorithm.RSA_V1_5_SHA256
                .sign(TestKeys.cavageTestPrivate(), WireBytes.of(signingString)));
    }

    @Test
    void c1DefaultTest() {
        String value = "keyId=\"Test\",algorithm=\"rsa-sha256\",signature=\"" + C1 + "\"";
        SignableRequest request = request("Authorization", "Signature " + value);
        CavageSignatureHeader header = CavageSignatureHeader.parse(value);
        String signingString = CavageSigningString.build(header, request);
        assertEquals("date: Sun, 05 Jan 2014 21:31:40 GMT", signingString);
        assertEquals(C1, sign(signingString));
        CavageVerifier.withoutPolicy(header, request).verify(TestKeys.cavageTestPublic());
        // Serge's own rules refuse it: nothing binds it to a request target.
        CavageVerifier verifier = new CavageVerifier(Requests.at(DATE), Duration.ofHours(1));
        assertThrows(MissingSignedComponentException.class, () -> verifier.parse(request));
    }

    @Test
    void c2BasicTest() {
        String value = "keyId=\"Test\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date\","
                + "signature=\"" + C2 + "\"";
        SignableRequest request = request("Authorization", "Signature " + value);
        CavageSignatureHeader header = CavageSignatureHeader.parse(value);
        String signingString = CavageSigningString.build(header, request);
        assertEquals("(request-target): post /foo?param=value&pet=dog\nhost: example.com\n"
                + "date: Sun, 05 Jan 2014 21:31:40 GMT", signingString);
        assertEquals(C2, sign(signingString));
        CavageVerifier.withoutPolicy(header, request).verify(TestKeys.cavageTestPublic());
        CavageVerifier verifier = new CavageVerifier(Requests.at(DATE), Duration.ofHours(1));
        assertThrows(MissingSignedComponentException.class, () -> verifier.parse(request));
    }

    @Test
    void c3AllHeadersTestPassesEveryRule() {
        String value = "keyId=\"Test\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date content-type digest content-length\",signature=\"" + C3 + "\"";
        SignableRequest request = request("Signature", value);
        String signingString = CavageSigningString.build(CavageSignatureHeader.parse(value), request);
        assertEquals("(request-target): post /foo?param=value&pet=dog\nhost: example.com\n"
                + "date: Sun, 05 Jan 2014 21:31:40 GMT\ncontent-type: application/json\n"
                + "digest: SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=\ncontent-length: 18", signingString);
        assertEquals(C3, sign(signingString));

        HttpSignatureVerifier verifier = new HttpSignatureVerifier(Requests.at(DATE.plusSeconds(30)));
        ParsedSignature parsed = verifier.parse(request, new RequestOrigin("https", "example.com"));
        assertEquals("Test", parsed.keyId());
        verifier.verify(parsed, TestKeys.cavageTestPublic());

        HttpSignatureVerifier today = new HttpSignatureVerifier(Requests.CLOCK);
        assertThrows(SignatureExpiredException.class, () -> today.parse(request, Requests.ORIGIN));
    }
}
