package org.serge.federation.delivery;

import java.time.Duration;

/**
 * The knobs of the delivery worker.
 *
 * @param batchSize        rows claimed per poll at most
 * @param maxInFlight      requests in flight per worker at most
 * @param perHostInFlight  requests in flight to one host (host[:port]) per worker at most
 * @param idlePoll         wait between polls when the last one found less than a full batch
 * @param claim            how long a claimed row stays invisible to other workers; longer than a double knock
 *                         (two requests of {@code requestTimeout}) so that a live worker never loses its row
 * @param connectTimeout   TCP (and TLS) connect limit
 * @param requestTimeout   deadline for the whole response
 * @param maxResponseBytes response bytes read at most; the connection is dropped beyond
 * @param backoff          delay before a retry (Retry-After wins when it is longer)
 * @param maxAttempts      attempts at most before the row is dropped
 * @param giveUpAfter      age of a row after which it is dropped instead of retried
 * @param breakerFailures  consecutive failures to a host that open its circuit
 * @param breakerOpen      how long an open circuit keeps the host's rows waiting
 */
public record DeliverySettings(int batchSize, int maxInFlight, int perHostInFlight, Duration idlePoll, Duration claim,
                               Duration connectTimeout, Duration requestTimeout, int maxResponseBytes, Backoff backoff,
                               int maxAttempts, Duration giveUpAfter, int breakerFailures, Duration breakerOpen) {

    /**
     * In flight: 256, so that hosts that hang (each holds at most {@code perHostInFlight} requests until the timeout)
     * cannot take the whole worker: 10 hanging hosts hold 80, the others keep 176. Signing is bounded by the cores,
     * not by this number.
     */
    public static DeliverySettings defaults() {
        return new DeliverySettings(128, 256, 8, Duration.ofMillis(200), Duration.ofSeconds(90), Duration.ofSeconds(5),
                Duration.ofSeconds(30), 1024 * 1024, Backoff.mastodon(), 17, Duration.ofDays(3), 10,
                Duration.ofSeconds(60));
    }

    public DeliverySettings withBackoff(Backoff newBackoff) {
        return new DeliverySettings(batchSize, maxInFlight, perHostInFlight, idlePoll, claim, connectTimeout,
                requestTimeout, maxResponseBytes, newBackoff, maxAttempts, giveUpAfter, breakerFailures, breakerOpen);
    }

    public DeliverySettings withClaim(Duration newClaim) {
        return new DeliverySettings(batchSize, maxInFlight, perHostInFlight, idlePoll, newClaim, connectTimeout,
                requestTimeout, maxResponseBytes, backoff, maxAttempts, giveUpAfter, breakerFailures, breakerOpen);
    }

    public DeliverySettings withMaxAttempts(int newMaxAttempts) {
        return new DeliverySettings(batchSize, maxInFlight, perHostInFlight, idlePoll, claim, connectTimeout,
                requestTimeout, maxResponseBytes, backoff, newMaxAttempts, giveUpAfter, breakerFailures, breakerOpen);
    }

    public DeliverySettings withBatchSize(int newBatchSize) {
        return new DeliverySettings(newBatchSize, maxInFlight, perHostInFlight, idlePoll, claim, connectTimeout,
                requestTimeout, maxResponseBytes, backoff, maxAttempts, giveUpAfter, breakerFailures, breakerOpen);
    }

    public DeliverySettings withRequestTimeout(Duration newTimeout) {
        return new DeliverySettings(batchSize, maxInFlight, perHostInFlight, idlePoll, claim, connectTimeout,
                newTimeout, maxResponseBytes, backoff, maxAttempts, giveUpAfter, breakerFailures, breakerOpen);
    }
}
