package org.serge.core.poll;

import io.vertx.core.Future;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.status.Status;

/**
 * The solidarity side of a vote on a local poll: a vote on a local call's Question is a pledge to the asks
 * chosen, counted by the pledge service (which keeps the poll's counts as the tally).
 */
public interface CallVotes {

    /** True when the status is a local call's Question and the vote was recorded as pledges. */
    Future<Boolean> vote(Status question, Account voter, List<Integer> choices);

    CallVotes NONE = (question, voter, choices) -> Future.succeededFuture(false);
}
