package org.serge.federation.keys;

import org.serge.federation.fetch.FetchException;

/**
 * The key's document, or its owner, answered 410 Gone: the actor was deleted. The inbox may accept a Delete
 * signed with such a key without processing it.
 */
public class GoneKeyException extends FetchException {

    public GoneKeyException(String message) {
        super(410, message);
    }
}
