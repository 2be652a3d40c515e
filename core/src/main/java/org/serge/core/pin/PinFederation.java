package org.serge.core.pin;

import io.vertx.core.Future;
import org.serge.core.account.Account;
import org.serge.core.status.Status;

/** Tells other servers that a member pinned or unpinned a status (Mastodon's Add and Remove). */
public interface PinFederation {

    /** A node that does not federate. */
    PinFederation NONE = new PinFederation() {
        @Override
        public Future<Void> pinned(Account member, Status status) {
            return Future.succeededFuture();
        }

        @Override
        public Future<Void> unpinned(Account member, Status status) {
            return Future.succeededFuture();
        }
    };

    /** Queues the news; never fails the pin for a remote reason. */
    Future<Void> pinned(Account member, Status status);

    Future<Void> unpinned(Account member, Status status);
}
