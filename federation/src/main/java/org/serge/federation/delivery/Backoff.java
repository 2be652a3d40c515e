package org.serge.federation.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** How long to wait before the next attempt, given how many attempts have failed so far (1 after the first). */
@FunctionalInterface
public interface Backoff {

    Duration delay(int failures);

    /**
     * Mastodon's (Sidekiq's) schedule: with c = failures - 1, c^4 + 15 s plus a jitter of 0..9 times (c + 1)
     * seconds: 15 s, 16 s, 31 s, 96 s, 4.5 min ... 14 h for the 16th retry; 16 retries add up to about 2.1 days.
     */
    static Backoff mastodon() {
        return failures -> {
            long c = Math.max(0, failures - 1);
            long jitter = ThreadLocalRandom.current().nextLong(10) * (c + 1);
            return Duration.ofSeconds(c * c * c * c + 15 + jitter);
        };
    }

    /** The same delay every time (tests). */
    static Backoff fixed(Duration delay) {
        return failures -> delay;
    }
}
