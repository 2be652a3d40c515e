package org.serge.core.moderation;

import io.vertx.core.Future;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.status.Status;

/** Sends a copy of a member's report to the reported remote account's server (as a Flag). */
public interface ReportForwarding {

    /** A node that does not federate: nothing is sent. */
    ReportForwarding NONE = (report, target, statuses) -> Future.succeededFuture();

    /** Queues the copy; never fails the report for a remote reason. */
    Future<Void> forward(AccountReport report, Account target, List<Status> statuses);
}
