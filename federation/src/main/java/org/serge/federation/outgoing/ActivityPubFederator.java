package org.serge.federation.outgoing;

import java.util.Optional;
import org.serge.federation.solidarity.SolidarityFederator;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Set;
import java.util.function.Supplier;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.follow.FollowRepository;
import org.serge.core.outbox.Federator;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.Visibility;
import org.serge.federation.delivery.DeliveryQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Federator of a federating node: renders each change as an activity, works out its remote audience and
 * queues it, once per inbox. Nothing is queued when no remote inbox is concerned. Never fails the caller's change:
 * a failure here is logged, and the change stands.
 */
public final class ActivityPubFederator implements Federator {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityPubFederator.class);

    private final StatusContextLoader loader;
    private final ActivityRenderer renderer;
    private final Audience audience;
    private final AccountRepository localAccounts;
    private final StatusRepository statuses;
    private final DeliveryQueue queue;
    private final SolidarityFederator solidarity;

    /** A federator whose Notes carry no media. */
    public ActivityPubFederator(StatusRepository statuses, RemoteAccountRepository accounts,
                                AccountRepository localAccounts, FollowRepository follows, LocalUris uris,
                                DeliveryQueue queue) {
        this(statuses, accounts, localAccounts, follows, uris, queue, StatusAttachments.NONE, null);
    }

    /**
     * With {@code attachments}, Notes carry their media; with {@code solidarity}, statuses linked to reports and
     * calls go out as their signed Article or Question.
     */
    public ActivityPubFederator(StatusRepository statuses, RemoteAccountRepository accounts,
                                AccountRepository localAccounts, FollowRepository follows, LocalUris uris,
                                DeliveryQueue queue, StatusAttachments attachments, SolidarityFederator solidarity) {
        this.solidarity = solidarity;
        ActorIds ids = new ActorIds(uris);
        this.loader = new StatusContextLoader(statuses, accounts, attachments);
        this.renderer = new ActivityRenderer(ids);
        this.audience = new Audience(follows, ids);
        this.localAccounts = localAccounts;
        this.statuses = statuses;
        this.queue = queue;
    }

    @Override
    public Future<Void> statusCreated(Status status) {
        if (!status.local() || status.isReblog()) {
            return done();
        }
        return safe("Create", () -> loader.load(status).compose(context -> object(context).compose(object ->
                audience.status(context).compose(inboxes ->
                        send(context.author(), renderer.create(context, object), inboxes)))));
    }

    @Override
    public Future<Void> statusUpdated(Status status) {
        if (!status.local() || status.isReblog()) {
            return done();
        }
        return safe("Update", () -> loader.load(status).compose(context -> object(context).compose(object ->
                audience.status(context).compose(inboxes ->
                        send(context.author(), renderer.update(context, object), inboxes)))));
    }

    @Override
    public Future<Void> statusDeleted(Status status) {
        if (!status.local()) {
            return done();
        }
        if (status.isReblog()) {
            return safe("Undo Announce", () -> statuses.findById(status.reblogOfId()).compose(original ->
                    original.isPresent() ? unreblogged(status, original.get()) : done()));
        }
        return safe("Delete", () -> loader.load(status).compose(context -> audience.status(context)
                .compose(inboxes -> send(context.author(), renderer.delete(context), inboxes))));
    }

    @Override
    public Future<Void> reblogged(Status reblog, Status original) {
        return safe("Announce", () -> announce(reblog, original, false));
    }

    @Override
    public Future<Void> unreblogged(Status reblog, Status original) {
        return safe("Undo Announce", () -> announce(reblog, original, true));
    }

    @Override
    public Future<Void> favourited(Account liker, Status status, String likeUri) {
        return safe("Like", () -> loader.account(status.accountId()).compose(author ->
                send(liker, renderer.like(liker, status, author, likeUri), audience.account(author))));
    }

    @Override
    public Future<Void> unfavourited(Account liker, Status status, String likeUri) {
        return safe("Undo Like", () -> loader.account(status.accountId()).compose(author -> send(liker,
                renderer.undo(renderer.like(liker, status, author, likeUri)), audience.account(author))));
    }

    @Override
    public Future<Void> followRequested(Account follower, Account target, String followUri) {
        return safe("Follow", () -> send(follower, renderer.follow(follower, target, followUri),
                audience.account(target)));
    }

    @Override
    public Future<Void> unfollowed(Account follower, Account target, String followUri) {
        return safe("Undo Follow", () -> send(follower,
                renderer.undo(renderer.follow(follower, target, followUri)), audience.account(target)));
    }

    @Override
    public Future<Void> followAccepted(Account follower, Account target, String followUri) {
        return safe("Accept", () -> send(target, renderer.accept(follower, target, followUri),
                audience.account(follower)));
    }

    @Override
    public Future<Void> followRejected(Account follower, Account target, String followUri) {
        return safe("Reject", () -> send(target, renderer.reject(follower, target, followUri),
                audience.account(follower)));
    }

    @Override
    public Future<Void> blocked(Account blocker, Account target, String blockUri) {
        return safe("Block", () -> send(blocker, renderer.block(blocker, target, blockUri), audience.account(target)));
    }

    @Override
    public Future<Void> unblocked(Account blocker, Account target, String blockUri) {
        return safe("Undo Block", () -> send(blocker, renderer.undo(renderer.block(blocker, target, blockUri)),
                audience.account(target)));
    }

    @Override
    public Future<Void> profileUpdated(Account account) {
        if (!account.isLocal()) {
            return done();
        }
        return safe("Update actor", () -> localAccounts.findLocalActorById(account.id()).compose(actor ->
                actor.isEmpty() ? done() : audience.followers(account).compose(inboxes ->
                        send(account, renderer.updateActor(actor.get()), inboxes))));
    }

    private Future<Void> announce(Status reblog, Status original, boolean undo) {
        if (!reblog.local() || original.visibility() == Visibility.DIRECT) {
            return done();
        }
        return loader.account(reblog.accountId()).compose(booster -> loader.account(original.accountId())
                .compose(author -> {
                    JsonObject announce = renderer.announce(reblog, booster, original, author);
                    // a signed remote object (report, call) is forwarded as received, so that receivers can
                    // verify it without asking its origin (FEP-8b32)
                    Future<Optional<JsonObject>> signed = undo || solidarity == null || original.local()
                            ? Future.succeededFuture(Optional.empty())
                            : solidarity.store().signedObject(original.id());
                    return signed.compose(object -> {
                        object.ifPresent(o -> announce.put("object", o));
                        return audience.reblog(booster, author).compose(inboxes ->
                                send(booster, undo ? renderer.undo(announce) : announce, inboxes));
                    });
                }));
    }

    /** The status' object: the signed report or call it carries, else the plain rendering. */
    private Future<JsonObject> object(StatusContext context) {
        if (solidarity == null) {
            return Future.succeededFuture(renderer.object(context));
        }
        return solidarity.statusObject(context).map(found -> found.orElseGet(() -> renderer.object(context)));
    }

    private Future<Void> send(Account signer, JsonObject activity, Set<String> inboxes) {
        if (!signer.isLocal() || inboxes.isEmpty()) {
            return done();
        }
        return queue.enqueue(signer.id(), activity, inboxes);
    }

    private static Future<Void> safe(String what, Supplier<Future<Void>> work) {
        Future<Void> result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            result = Future.failedFuture(e);
        }
        return result.recover(e -> {
            LOG.warn("could not queue {}: {}", what, e.toString(), e);
            return done();
        });
    }

    private static Future<Void> done() {
        return Future.succeededFuture();
    }
}
