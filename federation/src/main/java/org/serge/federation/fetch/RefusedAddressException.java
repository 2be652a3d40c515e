package org.serge.federation.fetch;

/** A URL that must not be fetched: not http(s), with userinfo, unresolvable, or resolving to a private, loopback or otherwise refused address (rule 6). */
public class RefusedAddressException extends FetchException {

    public RefusedAddressException(String message) {
        super(422, message);
    }
}
