package org.serge.federation.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serge.core.crypto.Base58;
import org.serge.core.crypto.Ed25519Keys;
import org.serge.core.crypto.Multikey;

/** The FEP-8b32 test vectors, read from the shared spec fixtures. */
class Fep8b32VectorsTest {

    private static final Map<String, FeatureFile.Scenario> SCENARIOS = FeatureFile.read("fep-8b32.feature");
    private final ProofVerifier verifier = new ProofVerifier();

    @Test
    void signingReproducesTheSignedDocument() {
        FeatureFile.Scenario scenario = SCENARIOS.get("Signing document");
        JsonObject document = new JsonObject(scenario.step("document").docString());
        byte[] secret = secretKey(scenario.step("Ed25519 secret key").argument());
        Instant now = Instant.parse(scenario.step("current time").argument());
        String key = scenario.step("Signing the document for key").argument();
        JsonObject expected = new JsonObject(scenario.step("The signed document is").docString());

        JsonObject signed = ProofSigner.sign(document, key, secret, now);

        assertEquals(expected.getJsonObject("proof").getString("proofValue"),
                signed.getJsonObject("proof").getString("proofValue"));
        assertEquals(expected, signed);
    }

    @Test
    void signedVectorVerifiesWithTheActorsKey() {
        FeatureFile.Scenario scenario = SCENARIOS.get("Verifying a signature");
        JsonObject signed = new JsonObject(scenario.step("The signed document is").docString());
        JsonObject actor = new JsonObject(scenario.step("The actor").docString());

        ParsedProof proof = verifier.parse(signed);
        byte[] key = AssertionMethods.ed25519Key(actor, proof.verificationMethod());
        verifier.verify(proof, key);
        ProofOrigin.requireSameOrigin(proof.unsecuredDocument(), proof.verificationMethod());

        assertEquals("https://server.example/users/alice#ed25519-key", proof.verificationMethod());
        assertEquals(Instant.parse("2023-02-24T23:36:38Z"), proof.created().orElseThrow());
    }

    @Test
    void secretKeyOfTheSigningVectorMatchesTheActorsPublicKey() {
        byte[] secret = secretKey(SCENARIOS.get("Signing document").step("Ed25519 secret key").argument());
        JsonObject actor = new JsonObject(SCENARIOS.get("Verifying a signature").step("The actor").docString());
        String published = actor.getJsonArray("assertionMethod").getJsonObject(0).getString("publicKeyMultibase");

        assertEquals(published, Multikey.encodeEd25519(Ed25519Keys.publicFromPrivate(secret)));
    }

    @Test
    void tamperedVectorsFail() {
        FeatureFile.Scenario scenario = SCENARIOS.get("Verifying a signature");
        JsonObject signed = new JsonObject(scenario.step("The signed document is").docString());
        byte[] key = AssertionMethods.ed25519Key(new JsonObject(scenario.step("The actor").docString()),
                "https://server.example/users/alice#ed25519-key");

        JsonObject content = signed.copy();
        content.getJsonObject("object").put("content", "Hello world!");
        JsonObject location = signed.copy();
        location.getJsonObject("object").getJsonObject("location").put("latitude", 25.273963);
        JsonObject created = signed.copy();
        created.getJsonObject("proof").put("created", "2023-02-24T23:36:39Z");
        JsonObject added = signed.copy().put("to", "https://www.w3.org/ns/activitystreams#Public");

        for (JsonObject tampered : new JsonObject[] {content, location, created, added}) {
            assertThrows(InvalidProofException.class, () -> verifier.verify(tampered, key));
        }
    }

    /** A multibase Ed25519 private key: base58btc of the multicodec ed25519-priv (0x1300, varint 0x80 0x26). */
    static byte[] secretKey(String multibase) {
        byte[] decoded = Base58.decode(multibase.substring(1));
        assertEquals('z', multibase.charAt(0));
        assertEquals(34, decoded.length);
        assertArrayEquals(new byte[] {(byte) 0x80, 0x26}, Arrays.copyOfRange(decoded, 0, 2));
        return Arrays.copyOfRange(decoded, 2, 34);
    }
}
