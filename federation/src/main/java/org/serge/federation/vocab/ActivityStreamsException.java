package org.serge.federation.vocab;

/** A document that cannot be read at all: not JSON, or broken JSON. Shapes that merely vary never cause it. */
public class ActivityStreamsException extends RuntimeException {

    public ActivityStreamsException(String message) {
        super(message);
    }

    public ActivityStreamsException(String message, Throwable cause) {
        super(message, cause);
    }
}
