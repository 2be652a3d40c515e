package org.serge.federation.proof;

/** The key cannot vouch for the document: another origin than its owner, or not an assertion method of the actor. */
public class ProofKeyMismatchException extends ProofException {

    public ProofKeyMismatchException(String message) {
        super(message);
    }

    public ProofKeyMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
