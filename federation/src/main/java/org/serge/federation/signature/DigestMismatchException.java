package org.serge.federation.signature;

/** The body does not match its Digest or Content-Digest header. */
public final class DigestMismatchException extends HttpSignatureException {

    public DigestMismatchException(String message) {
        super(message);
    }

    public DigestMismatchException(String message, Throwable cause) {
        super(message, cause);
    }
}
