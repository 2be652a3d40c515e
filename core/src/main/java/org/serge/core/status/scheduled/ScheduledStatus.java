package org.serge.core.status.scheduled;

import java.time.OffsetDateTime;
import org.serge.core.status.PostRequest;

/** A member's post waiting for {@code scheduledAt}, kept as the parameters it was asked with. */
public record ScheduledStatus(long id, long accountId, OffsetDateTime scheduledAt, PostRequest request) {
}
