package org.serge.federation.fetch;

/** The fetched document's id is neither the URL it came from nor of the origin that was asked (rule 1). */
public class IdMismatchException extends FetchException {

    public IdMismatchException(String message) {
        super(502, message);
    }
}
