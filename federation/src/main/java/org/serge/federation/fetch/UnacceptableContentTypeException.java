package org.serge.federation.fetch;

/** The peer answered with a media type that is not the one asked for (rule 2). */
public class UnacceptableContentTypeException extends FetchException {

    public UnacceptableContentTypeException(String message) {
        super(502, message);
    }
}
