package org.serge.federation.keys;

import org.serge.federation.fetch.FetchException;

/** A key that cannot be trusted: not in the fetched document, no owner, or not listed back by its owner. */
public class UnverifiableKeyException extends FetchException {

    public UnverifiableKeyException(String message) {
        super(401, message);
    }
}
