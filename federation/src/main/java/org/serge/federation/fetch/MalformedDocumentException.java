package org.serge.federation.fetch;

/** The body is not the JSON document it claims to be, or is over a parsing cap. */
public class MalformedDocumentException extends FetchException {

    public MalformedDocumentException(String message) {
        super(502, message);
    }
}
