package org.serge.core.pin;

import io.vertx.core.Future;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.status.Status;
import org.serge.core.status.StatusService;

/**
 * Pinning statuses to one's profile, with Mastodon's rules: a status the member may not see is a 404; only their
 * own statuses, not boosts, at most {@link #MAX_PINNED}; and here only public or unlisted ones (422 otherwise),
 * since pins are shown on the profile and served to every server as the actor's featured collection. Followers'
 * servers are told (Add, Remove).
 */
public final class PinService {

    public static final int MAX_PINNED = 5;

    private final StatusService statuses;
    private final StatusPinRepository pins;
    private final PinFederation federation;

    public PinService(StatusService statuses, StatusPinRepository pins, PinFederation federation) {
        this.statuses = statuses;
        this.pins = pins;
        this.federation = federation;
    }

    public Future<Status> pin(Account member, long statusId) {
        return statuses.visibleStatus(member, statusId).compose(status -> {
            if (status.accountId() != member.id()) {
                return Future.failedFuture(ServiceException.unprocessable("Only your own statuses can be pinned"));
            }
            if (status.isReblog()) {
                return Future.failedFuture(ServiceException.unprocessable("A boost can't be pinned"));
            }
            if (!status.visibility().isPublicLike()) {
                return Future.failedFuture(ServiceException.unprocessable(
                        "Only public and unlisted statuses can be pinned"));
            }
            return pins.pin(member.id(), status.id(), MAX_PINNED).compose(pinned -> pinned
                    ? federation.pinned(member, status) : Future.succeededFuture()).map(status);
        });
    }

    /** Unpins a status; one that was not pinned stays so. */
    public Future<Status> unpin(Account member, long statusId) {
        return statuses.visibleStatus(member, statusId)
                .compose(status -> pins.unpin(member.id(), status.id()).compose(unpinned -> unpinned
                        ? federation.unpinned(member, status) : Future.succeededFuture()).map(status));
    }
}
