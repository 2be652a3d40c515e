package org.serge.federation.signature;

/** A component Serge requires (date, host, digest, the request target...) is not covered by the signature. */
public final class MissingSignedComponentException extends HttpSignatureException {

    public MissingSignedComponentException(String message) {
        super(message);
    }

    public MissingSignedComponentException(String message, Throwable cause) {
        super(message, cause);
    }
}
