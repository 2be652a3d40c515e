package org.serge.federation.proof;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.serge.core.crypto.Base58;
import org.serge.core.crypto.Ed25519Keys;

/** Adds an FEP-8b32 integrity proof (DataIntegrityProof, eddsa-jcs-2022, assertionMethod) to a JSON document. */
public final class ProofSigner {

    private ProofSigner() {
    }

    /**
     * A signed copy of {@code document}: the same members followed by a {@code proof}. The input is not modified.
     *
     * @param verificationMethod the key id an actor lists in its assertionMethod, e.g. https://host/users/a#ed25519-key
     * @param privateKey the raw 32-byte Ed25519 private key
     * @param created the creation time, written in seconds precision
     * @throws IllegalArgumentException if the document already has a proof or a Linked Data signature
     */
    public static JsonObject sign(JsonObject document, String verificationMethod, byte[] privateKey, Instant created) {
        if (document.containsKey(EddsaJcs2022.PROOF)) {
            throw new IllegalArgumentException("the document already has a proof");
        }
        // Verifiers strip a Linked Data signature before checking the proof, so it must be added after signing.
        if (document.getValue("signature") instanceof JsonObject) {
            throw new IllegalArgumentException("add the Linked Data signature after the proof");
        }
        if (verificationMethod == null || verificationMethod.isBlank()) {
            throw new IllegalArgumentException("a verification method is required");
        }
        if (privateKey == null || privateKey.length != 32) {
            throw new IllegalArgumentException("an Ed25519 private key has 32 bytes");
        }
        JsonObject options = new JsonObject();
        Object context = document.getValue(EddsaJcs2022.CONTEXT);
        if (context != null) {
            options.put(EddsaJcs2022.CONTEXT, copy(context));
        }
        options.put("type", EddsaJcs2022.PROOF_TYPE)
                .put("cryptosuite", EddsaJcs2022.CRYPTOSUITE)
                .put("verificationMethod", verificationMethod)
                .put("proofPurpose", EddsaJcs2022.PURPOSE)
                .put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        byte[] signature = Ed25519Keys.sign(privateKey, EddsaJcs2022.hashData(options, document));
        JsonObject proof = options.copy().put(EddsaJcs2022.PROOF_VALUE, "z" + Base58.encode(signature));
        return document.copy().put(EddsaJcs2022.PROOF, proof);
    }

    private static Object copy(Object value) {
        if (value instanceof JsonArray array) {
            return array.copy();
        }
        if (value instanceof JsonObject object) {
            return object.copy();
        }
        return value;
    }
}
