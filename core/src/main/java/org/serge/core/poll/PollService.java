package org.serge.core.poll;

import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.StatusService;

/**
 * Members' votes, with Mastodon's rules: only on a poll the member may see (else 404), before it ends, once, one
 * option unless the poll takes several. A vote on a local poll counts here (on a local call's Question it is
 * a pledge, counted by the solidarity services); a vote on a remote poll is stored, added to the counts shown
 * here and sent to the poll's author.
 */
public final class PollService {

    private final StatusService statuses;
    private final StatusRepository statusRepository;
    private final PollVoteRepository votes;
    private final CallVotes calls;
    private final PollVoteFederation federation;
    private final LocalUris uris;

    public PollService(StatusService statuses, StatusRepository statusRepository, PollVoteRepository votes,
                       CallVotes calls, PollVoteFederation federation, LocalUris uris) {
        this.statuses = statuses;
        this.statusRepository = statusRepository;
        this.votes = votes;
        this.calls = calls;
        this.federation = federation;
        this.uris = uris;
    }

    /** The status whose poll this is (the poll's id is its status's id), when the viewer may see it. */
    public Future<Status> find(Account viewer, long pollId) {
        return statuses.visibleStatus(viewer, pollId).compose(status -> statusRepository.poll(status.id())
                .compose(poll -> poll.isPresent() ? Future.succeededFuture(status)
                        : Future.failedFuture(ServiceException.notFound("no such poll"))));
    }

    /** Votes for the options at {@code choices} (0-based); answers the poll's status. */
    public Future<Status> vote(Account voter, long pollId, List<Integer> choices) {
        return statuses.visibleStatus(voter, pollId).compose(status -> statusRepository.poll(status.id())
                .compose(found -> {
                    if (found.isEmpty()) {
                        return Future.failedFuture(ServiceException.notFound("no such poll"));
                    }
                    Poll poll = found.get();
                    List<Integer> chosen;
                    try {
                        chosen = check(poll, choices);
                    } catch (ServiceException e) {
                        return Future.failedFuture(e);
                    }
                    return votes.hasVoted(status.id(), voter.id()).compose(voted -> voted
                            ? Future.failedFuture(ServiceException.unprocessable(PollVoteRepository.ALREADY_VOTED))
                            : cast(voter, status, poll, chosen));
                }));
    }

    private Future<Status> cast(Account voter, Status status, Poll poll, List<Integer> chosen) {
        List<PollVote> cast = new ArrayList<>();
        for (int choice : chosen) {
            long id = Snowflake.next();
            cast.add(new PollVote(id, choice, status.local() ? null
                    : uris.actor(voter.username()) + "#votes/" + id));
        }
        if (!status.local()) {
            return votes.cast(status.id(), voter.id(), cast, PollCounts.INCREMENT)
                    .compose(v -> federation.voted(voter, status, poll, cast))
                    .map(status);
        }
        return calls.vote(status, voter, chosen).compose(pledged ->
                        votes.cast(status.id(), voter.id(), cast, pledged ? PollCounts.KEEP : PollCounts.RECOUNT))
                .map(status);
    }

    private static List<Integer> check(Poll poll, List<Integer> choices) {
        if (poll.expiresAt() != null && !poll.expiresAt().isAfter(OffsetDateTime.now(ZoneOffset.UTC))) {
            throw ServiceException.unprocessable("The poll has already ended");
        }
        if (choices == null || choices.isEmpty()) {
            throw ServiceException.unprocessable("choices can't be empty");
        }
        LinkedHashSet<Integer> distinct = new LinkedHashSet<>();
        for (Integer choice : choices) {
            if (choice == null || choice < 0 || choice >= poll.options().size()) {
                throw ServiceException.unprocessable("choices must be the indexes of the poll's options");
            }
            distinct.add(choice);
        }
        if (!poll.multiple() && distinct.size() > 1) {
            throw ServiceException.unprocessable("this poll takes one choice");
        }
        return List.copyOf(distinct);
    }
}
