package org.serge.federation.actors;

import org.serge.federation.fetch.FetchException;

/** A fetched document that is not an actor Serge can keep: no id or username, or an inbox on another origin. */
public class InvalidActorException extends FetchException {

    public InvalidActorException(String message) {
        super(message);
    }
}
