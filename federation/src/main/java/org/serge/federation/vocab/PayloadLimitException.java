package org.serge.federation.vocab;

/**
 * A document refused for its size: too long, nested too deep, a string or number too long, or an array over
 * its cap in {@link VocabularyLimits}. Answer it like an oversized body; do not retry it.
 */
public class PayloadLimitException extends ActivityStreamsException {

    public PayloadLimitException(String message) {
        super(message);
    }

    public PayloadLimitException(String message, Throwable cause) {
        super(message, cause);
    }
}
