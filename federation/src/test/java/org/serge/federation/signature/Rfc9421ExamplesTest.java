package org.serge.federation.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 9421 Appendix B.2, with the RFC's test-key-ed25519 (Ed25519 is deterministic, so B.2.6 is exact). */
class Rfc9421ExamplesTest {

    private static final RequestOrigin EXAMPLE = new RequestOrigin("https", "example.com");
    private static final String B26_INPUT = "sig-b26=(\"date\" \"@method\" \"@path\" \"@authority\" \"content-type\" "
            + "\"content-length\");created=1618884473;keyid=\"test-key-ed25519\"";
    private static final String B26_SIGNATURE = "sig-b26=:wqcAqbmYJ2ji2glfAMaRy4gruYYnx2nEFN2HN6jrnDnQCK1u02Gb04v9ED"
            + "gwUPiu4A0w6vuQv5lIp5WPpBKRCw==:";
    private static final String ED25519_SPKI = "MCowBQYDK2VwAyEAJrQLj5P/89iXES9+vFgrIy29clF9CC/oPPsw3c5D0bs=";

    /** The request of RFC 9421 B.2 (its Content-Digest is the sha-512 of the body). */
    private static SignableRequest exampleRequest() {
        return new SignableRequest("POST", "/foo?param=Value&Pet=dog", Map.of(
                "Host", List.of("example.com"),
                "Date", List.of("Tue, 20 Apr 2021 02:07:55 GMT"),
                "Content-Type", List.of("application/json"),
                "Content-Digest", List.of("sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNye"
                        + "aldVLvRwEmTHWXvJwew==:"),
                "Content-Length", List.of("18")), "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8));
    }

    private static PublicKey ed25519Public() throws Exception {
        return KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(ED25519_SPKI)));
    }

    @Test
    void b26SignatureBase() {
        Rfc9421SignatureInput input = Rfc9421SignatureInput.parse(B26_INPUT).get("sig-b26");
        assertEquals("""
                "date": Tue, 20 Apr 2021 02:07:55 GMT
                "@method": POST
                "@path": /foo
                "@authority": example.com
                "content-type": application/json
                "content-length": 18
                "@signature-params": ("date" "@method" "@path" "@authority" "content-type" "content-length")\
                ;created=1618884473;keyid="test-key-ed25519\"""", Rfc9421SignatureBase.build(input, exampleRequest(), EXAMPLE));
    }

    @Test
    void b26SignsExactly() throws Exception {
        Rfc9421SignatureInput input = Rfc9421SignatureInput.of("sig-b26",
                List.of("date", "@method", "@path", "@authority", "content-type", "content-length"), 1618884473L,
                "test-key-ed25519", null);
        SignableRequest signed = new Rfc9421Signer(Requests.CLOCK)
                .sign(exampleRequest(), EXAMPLE, input, TestKeys.rfc9421Ed25519Private());
        assertEquals(B26_INPUT, signed.header("Signature-Input"));
        assertEquals(B26_SIGNATURE, signed.header("Signature"));
    }

    @Test
    void b26Verifies() throws Exception {
        SignableRequest request = exampleRequest().withHeader("Signature-Input", B26_INPUT)
                .withHeader("Signature", B26_SIGNATURE);
        Rfc9421SignatureInput input = Rfc9421SignatureInput.parse(B26_INPUT).get("sig-b26");
        byte[] signature = Base64.getDecoder().decode(B26_SIGNATURE.substring(9, B26_SIGNATURE.length() - 1));
        ParsedSignature parsed = Rfc9421Verifier.withoutPolicy(input, signature, request, EXAMPLE);
        assertEquals("test-key-ed25519", parsed.keyId());
        parsed.verify(ed25519Public());
        assertThrows(InvalidSignatureException.class, () -> parsed.verify(TestKeys.ED25519.getPublic()));

        // Serge's rules want a signed Content-Digest on a POST, and the example is from 2021.
        Rfc9421Verifier strict = new Rfc9421Verifier(Requests.at(Instant.ofEpochSecond(1618884473)),
                Duration.ofHours(1));
        assertThrows(MissingSignedComponentException.class, () -> strict.parse(request, EXAMPLE));
        Rfc9421Verifier today = new Rfc9421Verifier(Requests.CLOCK, Duration.ofHours(1));
        SignableRequest withDigest = request.withHeader("Signature-Input", B26_INPUT.replace("\"content-length\"",
                "\"content-length\" \"content-digest\""));
        assertThrows(SignatureExpiredException.class, () -> today.parse(withDigest, EXAMPLE));
    }

    @Test
    void exampleContentDigestMatchesItsBody() {
        BodyDigests.checkContentDigestHeader(exampleRequest().header("Content-Digest"), exampleRequest().body());
        assertThrows(DigestMismatchException.class, () -> BodyDigests.checkContentDigestHeader(
                exampleRequest().header("Content-Digest"), "{}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void b21MinimalSignatureBase() {
        String field = "sig-b21=();created=1618884473;keyid=\"test-key-rsa-pss\";nonce=\"b3k2pp5k7z-50gnwp.yemd\"";
        Rfc9421SignatureInput input = Rfc9421SignatureInput.parse(field).get("sig-b21");
        assertEquals(List.of(), input.components());
        assertEquals("b3k2pp5k7z-50gnwp.yemd", input.nonce());
        assertEquals(1618884473L, input.created());
        assertEquals(field, input.toHeaderValue());
        assertEquals("\"@signature-params\": ();created=1618884473;keyid=\"test-key-rsa-pss\";"
                + "nonce=\"b3k2pp5k7z-50gnwp.yemd\"", Rfc9421SignatureBase.build(input, exampleRequest(), EXAMPLE));
    }

    @Test
    void b22ComponentParametersAreRefused() {
        String field = "sig-b22=(\"@authority\" \"content-digest\" \"@query-param\";name=\"Pet\");created=1618884473"
                + ";keyid=\"test-key-rsa-pss\";tag=\"header-example\"";
        assertThrows(MalformedSignatureException.class, () -> Rfc9421SignatureInput.parse(field));
    }

    /** RFC 9421 section 2.2 derived components for POST /path?param=value to https://www.example.com. */
    @Test
    void derivedComponents() {
        SignableRequest request = new SignableRequest("POST", "/path?param=value", Map.of(), null);
        RequestOrigin origin = new RequestOrigin("HTTPS", "WWW.Example.com:443");
        Rfc9421SignatureInput input = new Rfc9421SignatureInput("s", List.of("@method", "@target-uri", "@authority",
                "@scheme", "@request-target", "@path", "@query"), Map.of());
        assertEquals("""
                "@method": POST
                "@target-uri": https://www.example.com/path?param=value
                "@authority": www.example.com
                "@scheme": https
                "@request-target": /path?param=value
                "@path": /path
                "@query": ?param=value
                "@signature-params": ("@method" "@target-uri" "@authority" "@scheme" "@request-target" "@path" \
                "@query")""", Rfc9421SignatureBase.build(input, request, origin));
    }

    @Test
    void absentQueryIsAQuestionMark() {
        SignableRequest request = new SignableRequest("GET", "/path", Map.of(), null);
        Rfc9421SignatureInput input = new Rfc9421SignatureInput("s", List.of("@query"), Map.of());
        assertEquals("\"@query\": ?\n\"@signature-params\": (\"@query\")",
                Rfc9421SignatureBase.build(input, request, EXAMPLE));
    }

    @Test
    void fieldValuesAreTrimmedAndJoined() {
        SignableRequest request = new SignableRequest("GET", "/", Map.of("X-Multi", List.of(" a ", "b  ")), null);
        Rfc9421SignatureInput input = new Rfc9421SignatureInput("s", List.of("x-multi"), Map.of());
        assertEquals("\"x-multi\": a, b\n\"@signature-params\": (\"x-multi\")",
                Rfc9421SignatureBase.build(input, request, EXAMPLE));
    }

    @Test
    void b26PublicKeyIsTheRfcOne() throws Exception {
        byte[] raw = Base64.getUrlDecoder().decode("JrQLj5P_89iXES9-vFgrIy29clF9CC_oPPsw3c5D0bs");
        byte[] spki = ed25519Public().getEncoded();
        assertArrayEquals(raw, java.util.Arrays.copyOfRange(spki, spki.length - 32, spki.length));
    }
}
