package org.serge.federation.inbox;

import java.time.Duration;

/**
 * How the processor works through the queue.
 *
 * @param batchSize     rows claimed at once
 * @param pollInterval  how often the queue is looked at when nothing woke the processor
 * @param lease         how long a claimed row stays hidden from other claims (a crash frees it after this)
 * @param handlerTimeout how long one handler may take before it counts as failed
 * @param maxAttempts   attempts before a failing activity is given up (marked processed with its error)
 * @param firstRetry    delay before the second attempt; each further one waits four times longer
 * @param concurrency   rows handled at the same time at most (different actors'; one actor's go one by one)
 * @param keepProcessed how long a processed row is kept; its activity id deduplicates redeliveries meanwhile, so it
 *                      must outlast what a peer retries and the window in which a signature's Date is accepted
 */
public record InboxProcessorSettings(int batchSize, Duration pollInterval, Duration lease, Duration handlerTimeout,
                                     int maxAttempts, Duration firstRetry, int concurrency,
                                     Duration keepProcessed) {

    /** Processed rows kept 7 days: longer than Mastodon retries a delivery (about 3 days) and the 1 h signature skew. */
    public static final InboxProcessorSettings DEFAULTS = new InboxProcessorSettings(64, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofSeconds(60), 5, Duration.ofSeconds(30), 4, Duration.ofDays(7));
}
