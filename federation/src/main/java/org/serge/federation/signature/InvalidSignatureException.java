package org.serge.federation.signature;

/** The signature does not verify with the given key. */
public final class InvalidSignatureException extends HttpSignatureException {

    public InvalidSignatureException(String message) {
        super(message);
    }

    public InvalidSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
