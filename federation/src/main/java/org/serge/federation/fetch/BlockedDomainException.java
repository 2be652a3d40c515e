package org.serge.federation.fetch;

/** The URL's host, or the owner's, is on a blocked domain: no request was made. */
public class BlockedDomainException extends FetchException {

    public BlockedDomainException(String message) {
        super(403, message);
    }
}
