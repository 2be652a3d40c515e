package org.serge.federation.fetch;

/** The peer could not be reached or broke the connection. */
public class FetchConnectionException extends FetchException {

    public FetchConnectionException(String message) {
        super(502, message);
    }
}
