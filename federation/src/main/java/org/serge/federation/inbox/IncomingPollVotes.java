package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.serge.core.account.Account;
import org.serge.core.id.Snowflake;
import org.serge.core.poll.PollVote;
import org.serge.core.poll.PollVoteRepository;
import org.serge.core.status.Poll;
import org.serge.core.status.StatusRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A vote on one of this node's plain polls, as Mastodon sends it: a Create of a Note whose {@code name} is the
 * option's title and {@code inReplyTo} the poll's Question, without content; one Note per option chosen. It
 * becomes a poll_votes row of the voter (the vote Note's id as uri) and the poll is recounted; it is never stored
 * as a reply. Refused (and dropped) as on Mastodon: a vote after the poll ended, for an option that does not exist,
 * a second vote on a single-choice poll, the same option twice. Votes on solidarity calls are pledges and are taken
 * before this ({@code SolidarityInbox}).
 */
final class IncomingPollVotes {

    private static final Logger LOG = LoggerFactory.getLogger(IncomingPollVotes.class);

    private final StatusRepository statuses;
    private final PollVoteRepository votes;

    IncomingPollVotes(StatusRepository statuses, PollVoteRepository votes) {
        this.statuses = statuses;
        this.votes = votes;
    }

    /** True when the object is a vote on a local poll (counted or refused): then no status must be stored. */
    Future<Boolean> received(JsonObject json, Account voter) {
        String name = json.getValue("name") instanceof String n ? n : null;
        String inReplyTo = json.getValue("inReplyTo") instanceof String s ? s : null;
        String id = json.getValue("id") instanceof String s ? s : null;
        if (!"Note".equals(json.getValue("type")) || name == null || inReplyTo == null || id == null
                || hasContent(json)) {
            return Future.succeededFuture(false);
        }
        return statuses.findByUri(inReplyTo).compose(found -> {
            if (found.isEmpty() || !found.get().local() || found.get().isReblog()) {
                return Future.succeededFuture(false);
            }
            long statusId = found.get().id();
            return statuses.poll(statusId).compose(poll -> {
                if (poll.isEmpty()) {
                    return Future.succeededFuture(false);
                }
                String refused = refusal(poll.get(), name);
                if (refused != null) {
                    LOG.info("refused poll vote {}: {}", id, refused);
                    return Future.succeededFuture(true);
                }
                PollVote vote = new PollVote(Snowflake.next(), poll.get().options().indexOf(name), id);
                return votes.castRemote(statusId, voter.id(), vote, poll.get().multiple()).map(true).recover(e -> {
                    LOG.info("refused poll vote {}: {}", id, e.getMessage());
                    return Future.succeededFuture(true);
                });
            });
        });
    }

    private static String refusal(Poll poll, String name) {
        if (poll.expiresAt() != null && !poll.expiresAt().isAfter(OffsetDateTime.now(ZoneOffset.UTC))) {
            return "the poll has ended";
        }
        if (!poll.options().contains(name)) {
            return "no such option";
        }
        return null;
    }

    private static boolean hasContent(JsonObject json) {
        Object content = json.getValue("content");
        if (content instanceof String text && !text.isBlank()) {
            return true;
        }
        return json.getValue("contentMap") instanceof JsonObject map && !map.isEmpty();
    }
}
