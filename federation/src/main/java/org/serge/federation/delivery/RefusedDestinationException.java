package org.serge.federation.delivery;

/** The inbox's host does not resolve, or resolves only to addresses outgoing requests must not reach. */
public final class RefusedDestinationException extends RuntimeException {

    public RefusedDestinationException(String message) {
        super(message, null, false, false);
    }
}
