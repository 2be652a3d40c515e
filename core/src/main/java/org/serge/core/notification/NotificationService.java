package org.serge.core.notification;

import io.vertx.core.Future;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.paging.PagedResult;

/** A member reading and dismissing their notifications. Another member's notification does not exist (404). */
public final class NotificationService {

    private final NotificationRepository notifications;

    public NotificationService(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    public Future<PagedResult<Notification>> list(Account member, NotificationQuery query) {
        return notifications.page(member.id(), query);
    }

    /** Mastodon 4.3's unread count: newer than the notifications marker, at most {@code limit}. */
    public Future<Integer> unreadCount(Account member, java.util.Set<String> types, java.util.Set<String> excludeTypes,
                                       int limit) {
        return notifications.unreadCount(member.id(), types, excludeTypes, limit);
    }

    public Future<Notification> get(Account member, long id) {
        return notifications.find(member.id(), id).compose(found -> found.isPresent()
                ? Future.succeededFuture(found.get())
                : Future.failedFuture(ServiceException.notFound("Record not found")));
    }

    public Future<Void> dismiss(Account member, long id) {
        return notifications.dismiss(member.id(), id).compose(removed -> removed
                ? Future.<Void>succeededFuture()
                : Future.failedFuture(ServiceException.notFound("Record not found")));
    }

    public Future<Void> clear(Account member) {
        return notifications.clear(member.id());
    }
}
