package org.serge.federation.proof;

/**
 * Base of the integrity proof failures. Messages are short and carry no secrets or document content, so a caller
 * may return them to the remote peer.
 */
public class ProofException extends RuntimeException {

    public ProofException(String message) {
        super(message);
    }

    public ProofException(String message, Throwable cause) {
        super(message, cause);
    }
}
