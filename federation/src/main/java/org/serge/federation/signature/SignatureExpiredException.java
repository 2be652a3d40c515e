package org.serge.federation.signature;

/** The signature is outside the accepted time window: too old, dated in the future, or past its expires. */
public final class SignatureExpiredException extends HttpSignatureException {

    public SignatureExpiredException(String message) {
        super(message);
    }

    public SignatureExpiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
