package org.serge.federation.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.serge.core.crypto.Base58;
import org.serge.core.crypto.Ed25519Keys;

class ProofVerifierTest {

    private final Ed25519Keys.Pair keys = Ed25519Keys.generate();
    private final ProofVerifier verifier = new ProofVerifier();
    private final JsonObject signed =
            ProofSigner.sign(ProofSignerTest.note(), ProofSignerTest.KEY_ID, keys.privateKey(), ProofSignerTest.NOW);

    private JsonObject withProof(String member, Object value) {
        JsonObject copy = signed.copy();
        copy.getJsonObject("proof").put(member, value);
        return copy;
    }

    private JsonObject withoutProofMember(String member) {
        JsonObject copy = signed.copy();
        copy.getJsonObject("proof").remove(member);
        return copy;
    }

    private static byte[] filled(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 7);
        return bytes;
    }

    @Test
    void missingProof() {
        assertThrows(MissingProofException.class, () -> verifier.parse(ProofSignerTest.note()));
        assertThrows(MissingProofException.class, () -> verifier.parse(signed.copy().put("proof", new JsonArray())));
    }

    @Test
    void unsupportedTypeCryptosuiteOrPurpose() {
        assertThrows(UnsupportedProofException.class, () -> verifier.parse(withProof("type", "Ed25519Signature2020")));
        assertThrows(UnsupportedProofException.class,
                () -> verifier.parse(withProof("cryptosuite", "eddsa-rdfc-2022")));
        assertThrows(UnsupportedProofException.class,
                () -> verifier.parse(withProof("proofPurpose", "authentication")));
    }

    @Test
    void proofSetOfOneIsReadButSeveralAreNot() {
        JsonObject proof = signed.getJsonObject("proof");
        JsonObject one = signed.copy().put("proof", new JsonArray().add(proof));
        JsonObject two = signed.copy().put("proof", new JsonArray().add(proof).add(proof));

        verifier.verify(one, keys.publicKey());
        assertThrows(UnsupportedProofException.class, () -> verifier.parse(two));
    }

    @Test
    void malformedProofs() {
        JsonObject[] malformed = {
            signed.copy().put("proof", "z123"),
            withoutProofMember("type"),
            withProof("cryptosuite", 2022),
            withoutProofMember("verificationMethod"),
            withProof("verificationMethod", new JsonObject().put("id", ProofSignerTest.KEY_ID)),
            withProof("verificationMethod", "#ed25519-key"),
            withoutProofMember("proofValue"),
            withProof("proofValue", signed.getJsonObject("proof").getString("proofValue").substring(1)),
            withProof("proofValue", "u" + signed.getJsonObject("proof").getString("proofValue").substring(1)),
            withProof("proofValue", "z0OIl"),
            withProof("proofValue", "z" + Base58.encode(filled(65))),
            withProof("proofValue", "z" + "1".repeat(63)),
            withProof("created", "yesterday"),
            withProof("created", 1700000000),
            withProof("expires", "soon"),
        };
        for (JsonObject document : malformed) {
            assertThrows(MalformedProofException.class, () -> verifier.parse(document), document::encode);
        }
    }

    @Test
    void expiredProof() {
        JsonObject expiring = withProof("expires", "2026-03-02T12:00:00Z");
        ProofVerifier before = new ProofVerifier(Clock.fixed(Instant.parse("2026-03-02T11:59:59Z"), ZoneOffset.UTC));
        ProofVerifier after = new ProofVerifier(Clock.fixed(Instant.parse("2026-03-02T12:00:00Z"), ZoneOffset.UTC));

        before.parse(expiring);
        assertThrows(InvalidProofException.class, () -> after.parse(expiring));
    }

    @Test
    void proofContextMustPrefixTheDocumentContext() {
        JsonObject otherContext = signed.copy().put("@context", "https://www.w3.org/ns/activitystreams");

        assertThrows(InvalidProofException.class, () -> verifier.parse(otherContext));
    }

    @Test
    void keysThatAreNotEd25519PublicKeysFail() {
        byte[] notOnCurve = new byte[32];
        Arrays.fill(notOnCurve, (byte) 0xff);
        byte[][] badKeys = {new byte[0], new byte[31], Arrays.copyOf(keys.publicKey(), 33), new byte[32], notOnCurve};
        ParsedProof proof = verifier.parse(signed);

        for (byte[] key : badKeys) {
            assertThrows(InvalidProofException.class, () -> verifier.verify(proof, key));
        }
        assertThrows(InvalidProofException.class, () -> verifier.verify(proof, null));
    }

    @Test
    void createdWithoutTimeZoneIsUtcAndCreatedIsOptional() {
        assertEquals(Instant.parse("2026-03-01T12:00:00Z"),
                verifier.parse(withProof("created", "2026-03-01T12:00:00")).created().orElseThrow());
        assertEquals(Instant.parse("2026-03-01T11:00:00Z"),
                verifier.parse(withProof("created", "2026-03-01T12:00:00+01:00")).created().orElseThrow());
        assertFalse(verifier.parse(withoutProofMember("created")).created().isPresent());
    }

    @Test
    void exceptionsShareOneUncheckedBase() {
        ProofException e = assertThrows(ProofException.class, () -> verifier.parse(ProofSignerTest.note()));
        assertEquals("no proof", e.getMessage());
    }
}
