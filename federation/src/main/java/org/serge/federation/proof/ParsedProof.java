package org.serge.federation.proof;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Optional;

/**
 * A proof read from a signed document by {@link ProofVerifier#parse}, waiting for its verification method to be
 * resolved to a public key.
 */
public final class ParsedProof {

    private final String verificationMethod;
    private final Instant created;
    private final JsonObject proofOptions;
    private final JsonObject unsecuredDocument;
    private final byte[] signature;

    ParsedProof(String verificationMethod, Instant created, JsonObject proofOptions, JsonObject unsecuredDocument,
                byte[] signature) {
        this.verificationMethod = verificationMethod;
        this.created = created;
        this.proofOptions = proofOptions;
        this.unsecuredDocument = unsecuredDocument;
        this.signature = signature;
    }

    /** The key id to resolve, e.g. https://host/users/alice#ed25519-key. */
    public String verificationMethod() {
        return verificationMethod;
    }

    public Optional<Instant> created() {
        return Optional.ofNullable(created);
    }

    /** A copy of the document as it was signed: without its proof (nor a Linked Data signature). */
    public JsonObject unsecuredDocument() {
        return unsecuredDocument.copy();
    }

    JsonObject proofOptions() {
        return proofOptions;
    }

    JsonObject document() {
        return unsecuredDocument;
    }

    byte[] signature() {
        return signature.clone();
    }
}
