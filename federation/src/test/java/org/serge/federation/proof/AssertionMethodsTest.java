package org.serge.federation.proof;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.serge.core.crypto.Ed25519Keys;
import org.serge.core.crypto.Multikey;

class AssertionMethodsTest {

    private static final String ACTOR = "https://social.example/users/alice";
    private static final String KEY_ID = ACTOR + "#ed25519-key";

    private final byte[] publicKey = Ed25519Keys.generate().publicKey();

    private JsonObject multikey(String id, String controller) {
        return new JsonObject().put("id", id).put("type", "Multikey").put("controller", controller)
                .put("publicKeyMultibase", Multikey.encodeEd25519(publicKey));
    }

    private static JsonObject actor(Object assertionMethod) {
        return new JsonObject().put("id", ACTOR).put("type", "Person").put("assertionMethod", assertionMethod);
    }

    @Test
    void objectForm() {
        assertArrayEquals(publicKey, AssertionMethods.ed25519Key(actor(multikey(KEY_ID, ACTOR)), KEY_ID));
    }

    @Test
    void arrayForm() {
        JsonArray methods = new JsonArray()
                .add(ACTOR + "#referenced-elsewhere")
                .add(multikey(ACTOR + "#other-key", ACTOR).put("publicKeyMultibase", "zbad"))
                .add(multikey(KEY_ID, ACTOR));

        assertArrayEquals(publicKey, AssertionMethods.ed25519Key(actor(methods), KEY_ID));
    }

    @Test
    void keyMustBeListedControlledAndOnTheActorsOrigin() {
        JsonObject[] actors = {
            actor(multikey(ACTOR + "#other-key", ACTOR)),
            actor(multikey(KEY_ID, "https://social.example/users/bob")),
            actor(multikey(KEY_ID, ACTOR).put("type", "JsonWebKey")),
            actor(new JsonArray()),
            new JsonObject().put("id", ACTOR).put("type", "Person"),
            actor(multikey(KEY_ID, ACTOR)).put("id", "https://other.example/users/alice"),
            actor(KEY_ID),
        };
        for (JsonObject actor : actors) {
            assertThrows(ProofKeyMismatchException.class, () -> AssertionMethods.ed25519Key(actor, KEY_ID),
                    actor::encode);
        }
    }

    @Test
    void keyOfAnotherOriginIsRejectedEvenIfListed() {
        String foreignKey = "https://other.example/keys/1";

        assertThrows(ProofKeyMismatchException.class,
                () -> AssertionMethods.ed25519Key(actor(multikey(foreignKey, ACTOR)), foreignKey));
    }

    @Test
    void undecodableKeyIsMalformed() {
        JsonObject actor = actor(multikey(KEY_ID, ACTOR).put("publicKeyMultibase", "z6Mk"));

        assertThrows(MalformedProofException.class, () -> AssertionMethods.ed25519Key(actor, KEY_ID));
    }
}
