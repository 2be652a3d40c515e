package org.serge.core.bookmark;

import io.vertx.core.Future;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.status.StatusService;

/**
 * A member's bookmarks: private, never federated. Only a status the member may see can be bookmarked (else 404);
 * bookmarking a boost bookmarks the boosted status. Both return the status to show.
 */
public final class BookmarkService {

    private final StatusService statuses;
    private final BookmarkRepository bookmarks;

    public BookmarkService(StatusService statuses, BookmarkRepository bookmarks) {
        this.statuses = statuses;
        this.bookmarks = bookmarks;
    }

    public Future<Status> bookmark(Account member, long statusId) {
        return original(member, statusId)
                .compose(status -> bookmarks.add(member.id(), status.id()).map(status));
    }

    public Future<Status> unbookmark(Account member, long statusId) {
        return original(member, statusId)
                .compose(status -> bookmarks.remove(member.id(), status.id()).map(status));
    }

    private Future<Status> original(Account member, long statusId) {
        return statuses.visibleStatus(member, statusId).compose(status -> status.isReblog()
                ? statuses.visibleStatus(member, status.reblogOfId()) : Future.succeededFuture(status));
    }
}
