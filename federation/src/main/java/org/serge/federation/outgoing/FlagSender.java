package org.serge.federation.outgoing;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.ActorType;
import org.serge.core.moderation.AccountReport;
import org.serge.core.moderation.ReportForwarding;
import org.serge.core.status.Status;
import org.serge.federation.delivery.DeliveryQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards a member's report to the reported account's server as Mastodon does (ActivityPub::FlagSerializer): a
 * {@code Flag} by the node's Application actor, so that the reporter is not named, whose {@code object} is the
 * account's id and the reported statuses' ids and whose {@code content} is the comment, queued for the account's
 * inbox.
 */
public final class FlagSender implements ReportForwarding {

    private static final Logger LOG = LoggerFactory.getLogger(FlagSender.class);

    private final AccountRepository localAccounts;
    private final ActorIds ids;
    private final DeliveryQueue queue;

    public FlagSender(AccountRepository localAccounts, ActorIds ids, DeliveryQueue queue) {
        this.localAccounts = localAccounts;
        this.ids = ids;
        this.queue = queue;
    }

    @Override
    public Future<Void> forward(AccountReport report, Account target, List<Status> statuses) {
        String inbox = target.inboxUrl() != null ? target.inboxUrl() : target.deliveryInbox();
        if (target.isLocal() || inbox == null || ids.isLocalUrl(inbox)) {
            return Future.succeededFuture();
        }
        return localAccounts.findLocalActorByType(ActorType.Application).compose(application -> {
            if (application.isEmpty()) {
                LOG.warn("no Application actor: report {} was not forwarded", report.id());
                return Future.<Void>succeededFuture();
            }
            Account actor = application.get().account();
            return queue.enqueue(actor.id(), flag(report, actor, target, statuses), Set.of(inbox));
        }).recover(e -> {
            LOG.warn("could not queue the Flag of report {}: {}", report.id(), e.toString());
            return Future.succeededFuture();
        });
    }

    JsonObject flag(AccountReport report, Account actor, Account target, List<Status> statuses) {
        JsonArray object = new JsonArray().add(ids.id(target));
        statuses.forEach(status -> object.add(status.uri()));
        return new JsonObject()
                .put("@context", OutgoingContexts.plain())
                .put("id", report.uri())
                .put("type", "Flag")
                .put("actor", ids.id(actor))
                .put("content", report.comment())
                .put("object", object)
                .put("to", new JsonArray().add(ids.id(target)));
    }
}
