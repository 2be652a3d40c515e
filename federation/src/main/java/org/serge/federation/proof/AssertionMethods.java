package org.serge.federation.proof;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.serge.core.crypto.Multikey;

/** Finds an actor's Ed25519 key in its FEP-521a {@code assertionMethod} list, without fetching anything. */
public final class AssertionMethods {

    private AssertionMethods() {
    }

    /**
     * The raw 32-byte public key of the Multikey whose id is {@code verificationMethod}, among the actor's
     * {@code assertionMethod} entries (an object or an array of objects). The key must be controlled by the actor
     * and live on the actor's origin.
     *
     * @throws ProofKeyMismatchException if the actor lists no such key
     * @throws MalformedProofException if the listed key is not an Ed25519 Multikey
     */
    public static byte[] ed25519Key(JsonObject actor, String verificationMethod) {
        String actorId = actor.getValue("id") instanceof String id ? id : null;
        if (actorId == null || verificationMethod == null || !ProofOrigin.sameOrigin(actorId, verificationMethod)) {
            throw new ProofKeyMismatchException("key is not the actor's");
        }
        for (Object entry : entries(actor.getValue("assertionMethod"))) {
            if (entry instanceof JsonObject method && verificationMethod.equals(method.getValue("id"))) {
                if (!"Multikey".equals(method.getValue("type")) || !actorId.equals(method.getValue("controller"))) {
                    throw new ProofKeyMismatchException("key is not a Multikey controlled by the actor");
                }
                return decode(method.getValue("publicKeyMultibase"));
            }
        }
        throw new ProofKeyMismatchException("key is not an assertion method of the actor");
    }

    private static JsonArray entries(Object value) {
        if (value instanceof JsonArray array) {
            return array;
        }
        return value == null ? new JsonArray() : new JsonArray().add(value);
    }

    private static byte[] decode(Object multibase) {
        if (multibase instanceof String value) {
            try {
                return Multikey.decodeEd25519(value);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        throw new MalformedProofException("key is not an Ed25519 Multikey");
    }
}
