package org.serge.federation.delivery;

import java.time.OffsetDateTime;

/**
 * The queue for one host, as an admin sees it.
 *
 * @param queued            rows waiting (claimed ones included)
 * @param claimed           rows claimed by a worker now (in flight somewhere)
 * @param oldestNextAttempt the earliest next attempt among them; null when none is queued
 * @param maxAttempts       the most attempts one of them has had
 * @param unavailable       whether the host is marked unavailable (nothing is queued for it)
 * @param failingSince      since when its deliveries fail with no success; null when they don't
 * @param lastSuccessAt     the last success recorded; null when none
 */
public record HostQueue(String host, long queued, long claimed, OffsetDateTime oldestNextAttempt, int maxAttempts,
                        boolean unavailable, OffsetDateTime failingSince, OffsetDateTime lastSuccessAt) {
}
