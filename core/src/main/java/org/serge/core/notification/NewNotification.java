package org.serge.core.notification;

/** A notification to store: for whom, from whom, of what type ({@link NotificationTypes}), about which status. */
public record NewNotification(long accountId, long fromAccountId, String type, Long statusId) {
}
