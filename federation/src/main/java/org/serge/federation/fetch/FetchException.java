package org.serge.federation.fetch;

import org.serge.core.error.ServiceException;

/**
 * A remote fetch that did not produce a usable document. The message says why and is safe to show; the status is
 * what this node would answer if the failure reached a client (502 for a peer that misbehaved).
 */
public class FetchException extends ServiceException {

    public FetchException(int status, String message) {
        super(status, message);
    }

    public FetchException(String message) {
        this(502, message);
    }
}
