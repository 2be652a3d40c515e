package org.serge.federation.outgoing;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.poll.PollVote;
import org.serge.core.poll.PollVoteFederation;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.federation.delivery.DeliveryQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a member's vote on a remote poll as Mastodon does: for each option chosen, a Create of a Note with
 * {@code name} = the option's title and {@code inReplyTo} = the Question, addressed to the poll's author only and
 * queued for their inbox. A Serge node takes such a vote on one of its calls as a pledge.
 */
public final class PollVoteSender implements PollVoteFederation {

    private static final Logger LOG = LoggerFactory.getLogger(PollVoteSender.class);

    private final RemoteAccountRepository accounts;
    private final ActorIds ids;
    private final DeliveryQueue queue;

    public PollVoteSender(RemoteAccountRepository accounts, ActorIds ids, DeliveryQueue queue) {
        this.accounts = accounts;
        this.ids = ids;
        this.queue = queue;
    }

    @Override
    public Future<Void> voted(Account voter, Status question, Poll poll, List<PollVote> votes) {
        if (!voter.isLocal() || question.local()) {
            return Future.succeededFuture();
        }
        return accounts.findById(question.accountId()).compose(author -> {
            if (author.isEmpty() || author.get().isLocal() || author.get().deliveryInbox() == null
                    || ids.isLocalUrl(author.get().deliveryInbox())) {
                return Future.<Void>succeededFuture();
            }
            Set<String> inbox = Set.of(author.get().deliveryInbox());
            List<Future<Void>> queued = new ArrayList<>();
            for (PollVote vote : votes) {
                queued.add(queue.enqueue(voter.id(), create(voter, author.get(), question, poll, vote), inbox));
            }
            return Future.all(queued).<Void>mapEmpty();
        }).recover(e -> {
            LOG.warn("could not queue the vote on {}: {}", question.uri(), e.toString());
            return Future.succeededFuture();
        });
    }

    /** Mastodon's shape (ActivityPub::VoteSerializer): the Note's id is the voter's id + "#votes/" + the vote's id. */
    JsonObject create(Account voter, Account author, Status question, Poll poll, PollVote vote) {
        String actor = ids.id(voter);
        String to = ids.id(author);
        JsonObject note = new JsonObject()
                .put("id", vote.uri())
                .put("type", "Note")
                .put("name", poll.options().get(vote.choice()))
                .put("attributedTo", actor)
                .put("inReplyTo", question.uri())
                .put("to", to);
        return new JsonObject()
                .put("@context", OutgoingContexts.plain())
                .put("id", vote.uri() + "/activity")
                .put("type", "Create")
                .put("actor", actor)
                .put("to", new JsonArray().add(to))
                .put("object", note);
    }
}
