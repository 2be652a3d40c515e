package org.serge.federation.signature;

/**
 * Base of every HTTP-signature failure. Messages are short and fixed, so that a handler can send them back to the
 * remote server as they are.
 */
public abstract class HttpSignatureException extends RuntimeException {

    protected HttpSignatureException(String message) {
        super(message);
    }

    protected HttpSignatureException(String message, Throwable cause) {
        super(message, cause);
    }
}
