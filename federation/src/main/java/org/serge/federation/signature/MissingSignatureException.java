package org.serge.federation.signature;

/** The request carries no signature at all. */
public final class MissingSignatureException extends HttpSignatureException {

    public MissingSignatureException(String message) {
        super(message);
    }

    public MissingSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
