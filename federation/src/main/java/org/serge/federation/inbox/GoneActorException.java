package org.serge.federation.inbox;

/** The actor behind a key or an object answered 410 Gone: it was deleted on its server. */
public class GoneActorException extends RuntimeException {

    public GoneActorException(String uri) {
        super("gone: " + uri, null, false, false);
    }
}
