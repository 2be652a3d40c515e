package org.serge.core.notification;

import java.time.OffsetDateTime;

/** Something that happened to a member: who did it, of which type, and about which status (when there is one). */
public record Notification(long id, long accountId, long fromAccountId, String type, Long statusId,
                           OffsetDateTime createdAt) {
}
