package org.serge.federation.signature;

/** The signature names an algorithm, or uses a key type, that Serge does not verify. */
public final class UnsupportedAlgorithmException extends HttpSignatureException {

    public UnsupportedAlgorithmException(String message) {
        super(message);
    }

    public UnsupportedAlgorithmException(String message, Throwable cause) {
        super(message, cause);
    }
}
