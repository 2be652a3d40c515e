package org.serge.federation.vocab;

/** An entry of an actor's assertionMethod list: a Multikey (FEP-521a) used for object proofs (FEP-8b32). */
public record VerificationMethod(String id, String type, String controller, String publicKeyMultibase) {

    public boolean isMultikey() {
        return "Multikey".equals(type);
    }
}
