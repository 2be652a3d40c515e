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
 */
public record InboxProcessorSettings(int batchSize, Duration pollInterval, Duration lease, Duration handlerTimeout,
                                     int maxAttempts, Duration firstRetry) {

    public static final InboxProcessorSettings DEFAULTS = new InboxProcessorSettings(20, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofSeconds(60), 5, Duration.ofSeconds(30));
}
