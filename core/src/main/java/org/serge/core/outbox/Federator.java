package org.serge.core.outbox;

import io.vertx.core.Future;
import org.serge.core.account.Account;
import org.serge.core.status.Status;

/**
 * What the rest of the fediverse must hear about: the seam between the services, which change local state, and
 * federation, which decides what to send to whom. Each call is made after the change is stored; an
 * implementation only queues work (durably) and never fails the change for a remote reason. Calls about purely
 * local interactions are no-ops for the federation implementation.
 */
public interface Federator {

    Future<Void> statusCreated(Status status);

    Future<Void> statusUpdated(Status status);

    /** Called before the status row is deleted, so that its audience can still be read. */
    Future<Void> statusDeleted(Status status);

    Future<Void> reblogged(Status reblog, Status original);

    Future<Void> unreblogged(Status reblog, Status original);

    Future<Void> favourited(Account liker, Status status, String likeUri);

    Future<Void> unfavourited(Account liker, Status status, String likeUri);

    Future<Void> followRequested(Account follower, Account target, String followUri);

    Future<Void> unfollowed(Account follower, Account target, String followUri);

    Future<Void> followAccepted(Account follower, Account target, String followUri);

    Future<Void> followRejected(Account follower, Account target, String followUri);

    Future<Void> blocked(Account blocker, Account target, String blockUri);

    Future<Void> unblocked(Account blocker, Account target, String blockUri);

    Future<Void> profileUpdated(Account account);
}
