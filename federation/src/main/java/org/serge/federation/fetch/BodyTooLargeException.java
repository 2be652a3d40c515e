package org.serge.federation.fetch;

/** The response body was over the size cap (rule 7): reading stopped there. */
public class BodyTooLargeException extends FetchException {

    public BodyTooLargeException(String message) {
        super(502, message);
    }
}
