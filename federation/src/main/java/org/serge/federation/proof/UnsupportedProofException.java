package org.serge.federation.proof;

/** The proof uses a type, cryptosuite, purpose or shape this server does not support. */
public class UnsupportedProofException extends ProofException {

    public UnsupportedProofException(String message) {
        super(message);
    }

    public UnsupportedProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
