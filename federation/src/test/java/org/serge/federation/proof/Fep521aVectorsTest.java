package org.serge.federation.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.serge.core.crypto.Base58;
import org.serge.core.crypto.Multikey;

/** The FEP-521a test vectors, read from the shared spec fixtures. */
class Fep521aVectorsTest {

    private static final Map<String, FeatureFile.Scenario> SCENARIOS = FeatureFile.read("fep-521a.feature");

    private static JsonObject actorWith(FeatureFile.Scenario scenario, JsonObject multikey) {
        return new JsonObject().put("id", scenario.step("actor ID").argument()).put("type", "Person")
                .put("assertionMethod", multikey);
    }

    @Test
    void ed25519KeyEncodesAndIsFoundInTheActor() {
        FeatureFile.Scenario scenario = SCENARIOS.get("Representing Ed25519 public key");
        byte[] key = HexFormat.of().parseHex(scenario.step("the Ed25519 public key").argument());
        JsonObject expected = new JsonObject(scenario.step("Multikey object is").docString());

        assertEquals(expected.getString("publicKeyMultibase"), Multikey.encodeEd25519(key));
        assertArrayEquals(key, Multikey.decodeEd25519(expected.getString("publicKeyMultibase")));
        assertArrayEquals(key, AssertionMethods.ed25519Key(actorWith(scenario, expected), expected.getString("id")));
    }

    @Test
    void rsaKeyDecodesToItsDerButIsNoEd25519Key() {
        FeatureFile.Scenario scenario = SCENARIOS.get("Representing RSA public key");
        byte[] der = HexFormat.of().parseHex(scenario.step("the RSA public key").argument());
        JsonObject multikey = new JsonObject(scenario.step("Multikey object is").docString());
        byte[] decoded = Base58.decode(multikey.getString("publicKeyMultibase").substring(1));

        // multicodec rsa-pub is 0x1205, the varint 0x85 0x24
        assertArrayEquals(new byte[] {(byte) 0x85, 0x24}, Arrays.copyOfRange(decoded, 0, 2));
        assertArrayEquals(der, Arrays.copyOfRange(decoded, 2, decoded.length));
        assertEquals(multikey.getString("publicKeyMultibase").substring(1), Base58.encode(decoded));
        assertThrows(MalformedProofException.class,
                () -> AssertionMethods.ed25519Key(actorWith(scenario, multikey), multikey.getString("id")));
    }
}
