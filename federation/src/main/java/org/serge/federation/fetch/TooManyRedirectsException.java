package org.serge.federation.fetch;

/** The peer redirected more often than allowed. */
public class TooManyRedirectsException extends FetchException {

    public TooManyRedirectsException(String message) {
        super(502, message);
    }
}
