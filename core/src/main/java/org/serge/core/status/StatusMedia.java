package org.serge.core.status;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.List;
import org.serge.core.error.ServiceException;

/**
 * How a new status takes the media its author uploaded: checked before anything is stored, then attached in the
 * transaction that stores the status (so a status never appears with half its media). The media service
 * implements it; {@link #NONE} refuses every medium.
 */
public interface StatusMedia {

    StatusMedia NONE = new StatusMedia() {
        @Override
        public Future<Void> check(long accountId, List<Long> mediaIds) {
            return mediaIds.isEmpty() ? Future.succeededFuture()
                    : Future.failedFuture(ServiceException.unprocessable("media_ids: no such media"));
        }

        @Override
        public Future<Void> attachToNew(SqlClient tx, long accountId, List<Long> mediaIds, long statusId) {
            return check(accountId, mediaIds);
        }

        @Override
        public Future<Boolean> hasMedia(long statusId) {
            return Future.succeededFuture(false);
        }
    };

    /** Succeeds when the account may attach these media to a new status; 422 with a message otherwise. */
    Future<Void> check(long accountId, List<Long> mediaIds);

    /** Attaches them to the status inside {@code tx}; fails (422) when any can no longer be attached. */
    Future<Void> attachToNew(SqlClient tx, long accountId, List<Long> mediaIds, long statusId);

    /** Whether a status has media (a status with media may have no text). */
    Future<Boolean> hasMedia(long statusId);
}
