package org.serge.federation.proof;

/** The proof or the document cannot be read: a member is absent, of the wrong type or badly encoded. */
public class MalformedProofException extends ProofException {

    public MalformedProofException(String message) {
        super(message);
    }

    public MalformedProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
