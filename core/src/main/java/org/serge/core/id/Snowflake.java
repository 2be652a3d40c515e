package org.serge.core.id;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids that sort by creation time, as Mastodon's do: milliseconds since the epoch in the high bits, a counter
 * in the low 16. The counter starts at a random value per process, so several processes rarely collide, and
 * the primary key turns the rare collision into a retryable error.
 */
public final class Snowflake {

    private static final AtomicLong LAST = new AtomicLong();
    private static final long START = new SecureRandom().nextInt(1 << 16);

    private Snowflake() {
    }

    public static long next() {
        long candidate = (System.currentTimeMillis() << 16) | START;
        return LAST.updateAndGet(last -> Math.max(last + 1, candidate));
    }

    /** The smallest id that could have been made at the given time, for paging by time. */
    public static long atMillis(long epochMillis) {
        return epochMillis << 16;
    }
}
