package org.serge.federation.delivery;

import java.time.Duration;

/** What an inbox answered: the status code and the Retry-After it asked for (null when none or unreadable). */
public record PostOutcome(int status, Duration retryAfter) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Mastodon's classification: 4xx other than 401, 408 and 429, and 501, will never work. */
    public boolean isPermanentFailure() {
        return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429 || status == 501;
    }
}
