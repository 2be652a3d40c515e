package org.serge.federation.proof;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

class ProofOriginTest {

    private static final String KEY = "https://social.example/users/alice#ed25519-key";

    private static JsonObject activity(String actor) {
        return new JsonObject().put("id", "https://social.example/activities/1").put("type", "Create")
                .put("actor", actor);
    }

    @Test
    void sameOriginPasses() {
        assertDoesNotThrow(() -> ProofOrigin.requireSameOrigin(activity("https://social.example/users/alice"), KEY));
        assertDoesNotThrow(() -> ProofOrigin.requireSameOrigin(
                activity("https://SOCIAL.example:443/users/alice"), "HTTPS://social.EXAMPLE/users/alice#k"));
        assertDoesNotThrow(() -> ProofOrigin.requireSameOrigin(
                new JsonObject().put("id", "https://social.example/notes/1")
                        .put("attributedTo", new JsonArray().add("https://social.example/users/alice")
                                .add(new JsonObject().put("id", "https://social.example/groups/union"))), KEY));
    }

    @Test
    void ownerOnAnotherOriginIsDetected() {
        String[] foreignActors = {
            "https://other.example/users/alice",
            "http://social.example/users/alice",
            "https://social.example:8443/users/alice",
            "https://social.example.evil.example/users/alice",
            "https://social.example@evil.example/users/alice",
            "/users/alice",
        };
        for (String actor : foreignActors) {
            assertThrows(ProofKeyMismatchException.class, () -> ProofOrigin.requireSameOrigin(activity(actor), KEY),
                    actor);
        }
    }

    @Test
    void everyOwnerAndTheIdMustMatch() {
        JsonObject foreignId = activity("https://social.example/users/alice")
                .put("id", "https://other.example/activities/1");
        JsonObject foreignCoOwner = new JsonObject().put("id", "https://social.example/notes/1")
                .put("attributedTo", new JsonArray().add("https://social.example/users/alice")
                        .add("https://other.example/users/mallory"));
        JsonObject embeddedWithoutId = new JsonObject().put("id", "https://social.example/notes/1")
                .put("attributedTo", new JsonObject().put("type", "Person"));

        for (JsonObject document : new JsonObject[] {foreignId, foreignCoOwner, embeddedWithoutId}) {
            assertThrows(ProofKeyMismatchException.class, () -> ProofOrigin.requireSameOrigin(document, KEY));
        }
    }

    @Test
    void documentWithoutOwnerOrKeyWithoutOriginIsRejected() {
        assertThrows(ProofKeyMismatchException.class,
                () -> ProofOrigin.requireSameOrigin(new JsonObject().put("type", "Note"), KEY));
        String didKey = "did:key:z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
        assertThrows(ProofKeyMismatchException.class,
                () -> ProofOrigin.requireSameOrigin(activity("https://social.example/users/alice"), didKey));
    }

    @Test
    void sameOriginHelper() {
        assertTrue(ProofOrigin.sameOrigin("https://a.example/x", "https://A.example:443/y#z"));
        assertTrue(ProofOrigin.sameOrigin("http://a.example/x", "http://a.example:80/"));
        assertFalse(ProofOrigin.sameOrigin("https://a.example/x", "https://b.example/x"));
        assertFalse(ProofOrigin.sameOrigin("not a uri", "not a uri"));
    }
}
