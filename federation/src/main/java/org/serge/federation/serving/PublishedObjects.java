package org.serge.federation.serving;

import java.util.Optional;
import org.serge.federation.solidarity.SolidarityFederator;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.account.AccountService;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.StatusVisibilityPolicy;
import org.serge.core.status.Visibility;
import org.serge.federation.actor.OrderedCollections;
import org.serge.federation.outgoing.ActivityRenderer;
import org.serge.federation.outgoing.ObjectRenderer;
import org.serge.federation.outgoing.OutgoingContexts;
import org.serge.federation.outgoing.StatusContextLoader;

/**
 * What this node serves at the ids of its statuses and outboxes. A followers-only or direct status is served
 * only to a server that signed its request and has a follower of the author, or a mentioned account; to anyone
 * else it does not exist (404), so that its existence does not leak either.
 */
public final class PublishedObjects {

    public static final int PAGE_SIZE = 20;
    private static final Set<Visibility> OUTBOX = Set.of(Visibility.PUBLIC, Visibility.UNLISTED);

    private final AccountService accounts;
    private final StatusRepository statuses;
    private final StatusContextLoader contexts;
    private final ObjectRenderer objects;
    private final ActivityRenderer activities;
    private final StatusVisibilityPolicy visibility;
    private final LocalUris uris;
    private final SolidarityFederator solidarity;

    public PublishedObjects(AccountService accounts, StatusRepository statuses, StatusContextLoader contexts,
                            ObjectRenderer objects, ActivityRenderer activities, StatusVisibilityPolicy visibility,
                            LocalUris uris) {
        this(accounts, statuses, contexts, objects, activities, visibility, uris, null);
    }

    /** With {@code solidarity}, a status linked to a report or call is served as its signed Article or Question. */
    public PublishedObjects(AccountService accounts, StatusRepository statuses, StatusContextLoader contexts,
                            ObjectRenderer objects, ActivityRenderer activities, StatusVisibilityPolicy visibility,
                            LocalUris uris, SolidarityFederator solidarity) {
        this.solidarity = solidarity;
        this.accounts = accounts;
        this.statuses = statuses;
        this.contexts = contexts;
        this.objects = objects;
        this.activities = activities;
        this.visibility = visibility;
        this.uris = uris;
    }

    /** The status object (Note, Question...) at its id; {@code signer} is the verified requesting server's actor or null. */
    public Future<JsonObject> status(String username, long id, Account signer) {
        return visibleStatus(username, id, signer).compose(status -> {
            if (status.isReblog()) {
                return Future.failedFuture(ServiceException.notFound("no such status"));
            }
            return object(status, true);
        });
    }

    /**
     * A status' object; a signed report or call keeps its own @context (its proof covers it), others get one when
     * asked.
     */
    private Future<JsonObject> object(Status status, boolean withContext) {
        return contexts.load(status).compose(context -> (solidarity == null
                ? Future.succeededFuture(Optional.<JsonObject>empty()) : solidarity.statusObject(context))
                .map(signed -> signed.orElseGet(() -> withContext
                        ? objects.object(context).put("@context", OutgoingContexts.status())
                        : objects.object(context))));
    }

    /**
     * The featured collection, as Mastodon serves it: an OrderedCollection of the member's pinned statuses (public
     * or unlisted only), embedded as their objects, the latest pinned first.
     */
    public Future<JsonObject> featured(String username) {
        return accounts.localActor(username).compose(actor -> statuses.pinnedBy(actor.account().id())
                .compose(pinned -> {
                    List<Future<JsonObject>> items = new ArrayList<>();
                    pinned.forEach(status -> items.add(object(status, false)));
                    return Future.all(items).map(all -> {
                        JsonArray ordered = new JsonArray();
                        items.forEach(item -> ordered.add(item.result()));
                        return new JsonObject()
                                .put("@context", OutgoingContexts.status())
                                .put("id", uris.featured(actor.account().username()))
                                .put("type", "OrderedCollection")
                                .put("totalItems", ordered.size())
                                .put("orderedItems", ordered);
                    });
                }));
    }

    /** The activity that published a status: Create, or Announce for a boost. */
    public Future<JsonObject> statusActivity(String username, long id, Account signer) {
        return visibleStatus(username, id, signer).compose(status -> status.isReblog()
                ? announce(status) : contexts.load(status).map(activities::create));
    }

    public Future<Status> visibleStatus(String username, long id, Account signer) {
        return accounts.localActor(username)
                .compose(actor -> statuses.findById(id).compose(found -> {
                    if (found.isEmpty() || found.get().accountId() != actor.account().id() || !found.get().local()) {
                        return Future.failedFuture(ServiceException.notFound("no such status"));
                    }
                    Status status = found.get();
                    Future<Boolean> allowed = signer == null
                            ? Future.succeededFuture(status.visibility().isPublicLike())
                            : visibility.visibleToDomain(status, signer.domain());
                    return allowed.compose(ok -> ok ? Future.succeededFuture(status)
                            : Future.failedFuture(ServiceException.notFound("no such status")));
                }));
    }

    /** The outbox: public and unlisted activities only, whoever asks. */
    public Future<JsonObject> outbox(String username) {
        return accounts.localActor(username).compose(actor -> statuses.countByAccount(actor.account().id(), OUTBOX)
                .map(total -> OrderedCollections.paged(uris.outbox(actor.account().username()), total)));
    }

    public Future<JsonObject> outboxPage(String username, Long maxId) {
        return accounts.localActor(username).compose(actor -> statuses
                .byAccount(actor.account().id(), OUTBOX, maxId, PAGE_SIZE)
                .compose(page -> {
                    List<Future<JsonObject>> items = new ArrayList<>();
                    page.forEach(status -> items.add(status.isReblog() ? announce(status)
                            : contexts.load(status).map(activities::create)));
                    return Future.all(items).map(all -> {
                        String outbox = uris.outbox(actor.account().username());
                        JsonArray ordered = new JsonArray();
                        // items inside a page share the page's context
                        items.forEach(item -> {
                            JsonObject activity = item.result().copy();
                            activity.remove("@context");
                            ordered.add(activity);
                        });
                        String self = outbox + "?page=true" + (maxId == null ? "" : "&max_id=" + maxId);
                        String next = page.size() < PAGE_SIZE ? null
                                : outbox + "?page=true&max_id=" + page.get(page.size() - 1).id();
                        return OrderedCollections.page(outbox, self, ordered, next);
                    });
                }));
    }

    private Future<JsonObject> announce(Status reblog) {
        return statuses.findById(reblog.reblogOfId()).compose(original -> {
            if (original.isEmpty()) {
                return Future.failedFuture(ServiceException.notFound("no such status"));
            }
            return contexts.account(reblog.accountId()).compose(booster -> contexts.account(original.get().accountId())
                    .map(author -> activities.announce(reblog, booster, original.get(), author)));
        });
    }
}
