package org.serge.federation.keys;

import org.serge.federation.fetch.FetchException;

/** A key refetch refused because that key, or its host, was refetched too often lately. */
public class RefreshLimitedException extends FetchException {

    public RefreshLimitedException(String message) {
        super(401, message);
    }
}
