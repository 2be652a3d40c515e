package org.serge.federation.proof;

/** The document carries no integrity proof. */
public class MissingProofException extends ProofException {

    public MissingProofException(String message) {
        super(message);
    }

    public MissingProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
