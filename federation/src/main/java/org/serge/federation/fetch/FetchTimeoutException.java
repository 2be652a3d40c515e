package org.serge.federation.fetch;

/** The exchange did not finish within its deadline, or a connection or read timed out. */
public class FetchTimeoutException extends FetchException {

    public FetchTimeoutException(String message) {
        super(504, message);
    }
}
