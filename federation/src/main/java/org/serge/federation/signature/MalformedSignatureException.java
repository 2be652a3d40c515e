package org.serge.federation.signature;

/** A signature header, a parameter or a signed header value cannot be read. */
public final class MalformedSignatureException extends HttpSignatureException {

    public MalformedSignatureException(String message) {
        super(message);
    }

    public MalformedSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
