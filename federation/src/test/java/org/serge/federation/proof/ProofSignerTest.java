package org.serge.federation.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.serge.core.crypto.Ed25519Keys;

class ProofSignerTest {

    static final String KEY_ID = "https://social.example/users/alice#ed25519-key";
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final Ed25519Keys.Pair keys = Ed25519Keys.generate();
    private final ProofVerifier verifier = new ProofVerifier();

    static JsonObject note() {
        return new JsonObject()
                .put("@context", new JsonArray().add("https://www.w3.org/ns/activitystreams")
                        .add("https://w3id.org/security/data-integrity/v2"))
                .put("id", "https://social.example/notes/1")
                .put("type", "Note")
                .put("attributedTo", "https://social.example/users/alice")
                .put("content", "Solidarity forever ✊")
                .put("to", new JsonArray().add("https://www.w3.org/ns/activitystreams#Public"))
                .put("tag", new JsonArray().add(new JsonObject().put("type", "Hashtag").put("name", "#union")))
                .put("sensitive", false)
                .put("replies", 3)
                .put("rating", 4.5);
    }

    @Test
    void roundTripWithAFreshKey() {
        JsonObject signed = ProofSigner.sign(note(), KEY_ID, keys.privateKey(), NOW);

        ParsedProof proof = verifier.verify(signed, keys.publicKey());

        assertEquals(KEY_ID, proof.verificationMethod());
        assertEquals(NOW, proof.created().orElseThrow());
        assertEquals(note(), proof.unsecuredDocument());
    }

    @Test
    void proofHasTheFep8b32Shape() {
        JsonObject proof = ProofSigner.sign(note(), KEY_ID, keys.privateKey(), NOW.plusNanos(123_456))
                .getJsonObject("proof");

        assertEquals("DataIntegrityProof", proof.getString("type"));
        assertEquals("eddsa-jcs-2022", proof.getString("cryptosuite"));
        assertEquals(KEY_ID, proof.getString("verificationMethod"));
        assertEquals("assertionMethod", proof.getString("proofPurpose"));
        assertEquals("2026-03-01T12:00:00Z", proof.getString("created"));
        assertEquals(note().getJsonArray("@context"), proof.getJsonArray("@context"));
        assertTrue(proof.getString("proofValue").startsWith("z"));
    }

    @Test
    void documentWithoutContextGetsProofWithoutContext() {
        JsonObject document = note();
        document.remove("@context");

        JsonObject signed = ProofSigner.sign(document, KEY_ID, keys.privateKey(), NOW);

        assertFalse(signed.getJsonObject("proof").containsKey("@context"));
        verifier.verify(signed, keys.publicKey());
    }

    @Test
    void inputIsNotModified() {
        JsonObject document = note();

        ProofSigner.sign(document, KEY_ID, keys.privateKey(), NOW);

        assertEquals(note(), document);
    }

    @Test
    void tamperingAnyMemberFails() {
        JsonObject signed = ProofSigner.sign(note(), KEY_ID, keys.privateKey(), NOW);
        List<Consumer<JsonObject>> tampers = List.of(
                d -> d.put("id", "https://social.example/notes/2"),
                d -> d.put("type", "Article"),
                d -> d.put("attributedTo", "https://social.example/users/bob"),
                d -> d.put("content", "Solidarity forever"),
                d -> d.getJsonArray("to").add("https://social.example/users/bob"),
                d -> d.getJsonArray("tag").getJsonObject(0).put("name", "#boss"),
                d -> d.put("sensitive", true),
                d -> d.put("replies", 4),
                d -> d.put("rating", 4.6),
                d -> d.getJsonArray("@context").remove(1),
                d -> d.remove("content"),
                d -> d.put("summary", "added"),
                d -> d.getJsonObject("proof").put("created", "2026-03-01T12:00:01Z"),
                d -> d.getJsonObject("proof").put("verificationMethod", "https://social.example/users/alice#main-key"),
                d -> d.getJsonObject("proof").put("expires", "2099-01-01T00:00:00Z"),
                d -> d.getJsonObject("proof").put("nonce", "x"),
                d -> d.getJsonObject("proof").remove("created"));
        for (Consumer<JsonObject> tamper : tampers) {
            JsonObject tampered = signed.copy();
            tamper.accept(tampered);
            assertThrows(InvalidProofException.class, () -> verifier.verify(tampered, keys.publicKey()),
                    tampered::encode);
        }
    }

    @Test
    void memberOrderDoesNotMatter() {
        JsonObject signed = ProofSigner.sign(note(), KEY_ID, keys.privateKey(), NOW);
        JsonObject reordered = new JsonObject();
        List<String> names = new ArrayList<>(signed.fieldNames());
        Collections.reverse(names);
        names.forEach(name -> reordered.put(name, signed.getValue(name)));

        verifier.verify(new JsonObject(reordered.encodePrettily()), keys.publicKey());
    }

    @Test
    void linkedDataSignatureAddedAfterTheProofIsIgnored() {
        JsonObject signed = ProofSigner.sign(note(), KEY_ID, keys.privateKey(), NOW)
                .put("signature", new JsonObject().put("type", "RsaSignature2017").put("signatureValue", "abc"));

        verifier.verify(signed, keys.publicKey());
    }

    @Test
    void anotherKeyFails() {
        JsonObject signed = ProofSigner.sign(note(), KEY_ID, keys.privateKey(), NOW);

        assertThrows(InvalidProofException.class,
                () -> verifier.verify(signed, Ed25519Keys.generate().publicKey()));
    }

    @Test
    void refusesToSignTwiceOrOverALinkedDataSignature() {
        JsonObject signed = ProofSigner.sign(note(), KEY_ID, keys.privateKey(), NOW);
        JsonObject withSignature = note().put("signature", new JsonObject().put("type", "RsaSignature2017"));

        assertThrows(IllegalArgumentException.class, () -> ProofSigner.sign(signed, KEY_ID, keys.privateKey(), NOW));
        assertThrows(IllegalArgumentException.class,
                () -> ProofSigner.sign(withSignature, KEY_ID, keys.privateKey(), NOW));
        assertThrows(IllegalArgumentException.class, () -> ProofSigner.sign(note(), KEY_ID, new byte[31], NOW));
        assertThrows(IllegalArgumentException.class, () -> ProofSigner.sign(note(), " ", keys.privateKey(), NOW));
    }
}
