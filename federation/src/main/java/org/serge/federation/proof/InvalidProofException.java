package org.serge.federation.proof;

/** The proof is well formed but does not hold: wrong signature, altered document or expired proof. */
public class InvalidProofException extends ProofException {

    public InvalidProofException(String message) {
        super(message);
    }

    public InvalidProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
