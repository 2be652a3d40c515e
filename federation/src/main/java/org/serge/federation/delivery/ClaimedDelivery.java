package org.serge.federation.delivery;

import java.time.OffsetDateTime;

/** A deliveries row claimed by a worker, with the payload and signer of its activity. */
public record ClaimedDelivery(long id, long activityId, long signerAccountId, String inboxUrl, String host,
                              int attempts, OffsetDateTime createdAt, String payload) {
}
