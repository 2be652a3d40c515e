package org.serge.federation.net;

/** A URL that must not be used as a remote address: unparseable, not http(s), with userinfo, or without host. */
public class InvalidUrlException extends IllegalArgumentException {

    public InvalidUrlException(String message) {
        super(message);
    }
}
