package org.serge.core.poll;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.solidarity.SolidarityFederation;
import org.serge.core.solidarity.call.CallService;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.pledge.PledgeService;
import org.serge.core.status.Status;

/**
 * Votes on a local call's Question become pledges, one ask per option chosen, exactly as a Mastodon user's vote
 * arriving through the inbox does; the call that a vote makes met is announced at once.
 */
public final class PledgingCallVotes implements CallVotes {

    private final CallService calls;
    private final PledgeService pledges;
    private final SolidarityFederation federation;

    public PledgingCallVotes(CallService calls, PledgeService pledges, SolidarityFederation federation) {
        this.calls = calls;
        this.pledges = pledges;
        this.federation = federation;
    }

    @Override
    public Future<Boolean> vote(Status question, Account voter, List<Integer> choices) {
        if (!question.local() || !"Question".equals(question.objectType())) {
            return Future.succeededFuture(false);
        }
        return calls.byUri(question.uri()).map(Optional::of).otherwise(Optional.<SolidarityCall>empty())
                .compose(call -> {
                    if (call.isEmpty()) {
                        return Future.succeededFuture(false);
                    }
                    Future<Boolean> chain = Future.succeededFuture(false);
                    for (int choice : choices) {
                        chain = chain.compose(met -> pledges.recordPollVote(question.uri(), voter.id(), choice, null)
                                .compose(result -> result.justMet() ? federation.callChanged(result.call()).map(true)
                                        : Future.succeededFuture(met)));
                    }
                    return chain.map(true);
                });
    }
}
