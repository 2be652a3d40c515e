package org.serge.core.poll;

import io.vertx.core.Future;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;

/**
 * How a member's vote on a remote poll reaches the poll's author: as Mastodon sends it, one Create of a Note per
 * chosen option (name = the option's title, inReplyTo = the Question). Queues only; never fails the vote.
 */
public interface PollVoteFederation {

    Future<Void> voted(Account voter, Status question, Poll poll, List<PollVote> votes);

    PollVoteFederation NONE = (voter, question, poll, votes) -> Future.succeededFuture();
}
