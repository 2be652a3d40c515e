package org.serge.federation.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.ActorType;
import org.serge.core.account.LocalActor;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.follow.FollowRepository;
import org.serge.core.solidarity.SolidarityFederation;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.call.Ask;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.employer.Employer;
import org.serge.core.solidarity.pledge.Pledge;
import org.serge.core.solidarity.report.StruggleReport;
import org.serge.core.status.Status;
import org.serge.core.status.StatusRepository;
import org.serge.federation.delivery.DeliveryQueue;
import org.serge.federation.outgoing.ActorIds;
import org.serge.federation.outgoing.Addressing;
import org.serge.federation.outgoing.Audience;
import org.serge.federation.outgoing.ObjectRenderer;
import org.serge.federation.outgoing.StatusContext;
import org.serge.federation.outgoing.StatusContextLoader;
import org.serge.federation.outgoing.WireDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Federates reports, calls and pledges as signed objects through the delivery queue: Create (filing, opening),
 * Update (a report's status, a call's state; newly signed), the organisation Group's Announce of members' reports
 * and calls to its followers (FEP-1b12), and pledges to the call's author only. Also renders a local status
 * linked to a report or call as its signed Article or Question ({@link #statusObject}) for the plain status
 * paths (ActivityPubFederator, served objects). Never fails the caller: failures are logged.
 */
public final class SolidarityFederator implements SolidarityFederation {

    private static final Logger LOG = LoggerFactory.getLogger(SolidarityFederator.class);

    private final SolidarityServices services;
    private final SolidarityStore store;
    private final StatusRepository statuses;
    private final StatusContextLoader loader;
    private final ObjectRenderer objects;
    private final AccountRepository localAccounts;
    private final Audience audience;
    private final ActorIds ids;
    private final DeliveryQueue queue;

    public SolidarityFederator(Pool pool, LocalUris uris, SolidarityServices services, DeliveryQueue queue) {
        this.services = services;
        this.store = new SolidarityStore(pool);
        this.statuses = new StatusRepository(pool);
        this.loader = new StatusContextLoader(statuses, new RemoteAccountRepository(pool));
        this.ids = new ActorIds(uris);
        this.objects = new ObjectRenderer(ids, new Addressing(ids));
        this.localAccounts = new AccountRepository(pool);
        this.audience = new Audience(new FollowRepository(pool), ids);
        this.queue = queue;
    }

    public SolidarityStore store() {
        return store;
    }

    /** The signed Article or Question of a local status linked to a report or call; empty for other statuses. */
    public Future<Optional<JsonObject>> statusObject(StatusContext context) {
        Status status = context.status();
        if (!status.local() || !("Article".equals(status.objectType()) || "Question".equals(status.objectType()))) {
            return Future.succeededFuture(Optional.empty());
        }
        return store.byStatusId(status.id()).compose(link -> {
            if (link.isEmpty()) {
                return Future.succeededFuture(Optional.<JsonObject>empty());
            }
            Future<JsonObject> unsigned = "report".equals(link.get().kind())
                    ? services.reports().byUri(link.get().uri()).compose(r -> parent(r.employer())
                    .map(parent -> SolidarityObjects.report(objects.object(context), r, parent)))
                    : services.calls().byUri(link.get().uri()).compose(c -> reportUri(c)
                    .map(reportUri -> SolidarityObjects.call(objects.object(context), c, reportUri)));
            return unsigned.compose(o -> signed(context.author(), o)).map(Optional::of);
        });
    }

    @Override
    public Future<Void> reportFiled(StruggleReport report) {
        return safe("Create report", () -> publish(report.statusId(), false, true));
    }

    @Override
    public Future<Void> reportUpdated(StruggleReport report) {
        return safe("Update report", () -> publish(report.statusId(), true, false));
    }

    @Override
    public Future<Void> callOpened(SolidarityCall call) {
        return safe("Create call", () -> publish(call.statusId(), false, true))
                .compose(v -> safe("Create events", () -> publishEvents(call, false)));
    }

    @Override
    public Future<Void> callChanged(SolidarityCall call) {
        return safe("Update call", () -> publish(call.statusId(), true, false))
                .compose(v -> safe("Update events", () -> publishEvents(call, true)));
    }

    /**
     * The signed Event of a local call's action (an attend ask with a time and place), served at its id; a 404
     * for anything else.
     */
    public Future<JsonObject> event(String callUri, int ask) {
        return services.calls().byUri(callUri).compose(call -> {
            if (!call.local() || ActionEvents.actions(call).stream().noneMatch(a -> a.index() == ask)) {
                return Future.failedFuture(ServiceException.notFound("no such event"));
            }
            return events(call).compose(all -> all.stream()
                    .filter(e -> e.getString("id").equals(ActionEvents.id(callUri, ask))).findFirst()
                    .map(Future::succeededFuture)
                    .orElseGet(() -> Future.failedFuture(ServiceException.notFound("no such event"))));
        });
    }

    /** A local call's Events, signed by its author. */
    private Future<List<JsonObject>> events(SolidarityCall call) {
        return statuses.findById(call.statusId()).compose(status -> status.isEmpty()
                ? Future.succeededFuture(List.of())
                : loader.account(call.accountId()).compose(author -> {
                    String authorId = ids.id(author);
                    List<Future<JsonObject>> signed = new ArrayList<>();
                    for (Ask a : ActionEvents.actions(call)) {
                        signed.add(signed(author, ActionEvents.event(call, a, authorId, ids.followers(author),
                                status.get().url() == null ? call.uri() : status.get().url())));
                    }
                    return Future.all(signed).map(done -> signed.stream().map(Future::result).toList());
                }));
    }

    /** Create (or Update) of each of the call's Events, to the author's and the Group's followers. */
    private Future<Void> publishEvents(SolidarityCall call, boolean update) {
        if (!call.local() || ActionEvents.actions(call).isEmpty()) {
            return done();
        }
        return statuses.findById(call.statusId()).compose(found -> found.isEmpty() ? done()
                : loader.load(found.get()).compose(context -> events(call).compose(events -> group()
                .compose(group -> audience.status(context).compose(inboxes -> {
                    Future<Set<String>> groupInboxes = group.isEmpty() ? Future.succeededFuture(Set.of())
                            : audience.followers(group.get().account());
                    return groupInboxes.compose(gi -> {
                        Set<String> all = new LinkedHashSet<>(inboxes);
                        all.addAll(gi);
                        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                        Future<Void> chain = done();
                        for (JsonObject event : events) {
                            String id = event.getString("id") + (update ? "#updates/" + now.toInstant().toEpochMilli()
                                    : "/activity");
                            JsonObject activity = new JsonObject().put("@context", event.getJsonArray("@context").copy())
                                    .put("id", id).put("type", update ? "Update" : "Create")
                                    .put("actor", ids.id(context.author()))
                                    .put("published", WireDates.format(update ? now : call.createdAt()))
                                    .put("to", event.getJsonArray("to").copy())
                                    .put("cc", event.getJsonArray("cc").copy())
                                    .put("object", event);
                            chain = chain.compose(v -> send(context.author(), activity, all));
                        }
                        return chain;
                    });
                })))));
    }

    @Override
    public Future<Void> pledged(Pledge pledge, SolidarityCall call) {
        if (call.local() || pledge.objectUri() == null) {
            return done();
        }
        return safe("Create pledge", () -> localAccounts.findLocalActorById(pledge.accountId()).compose(pledger -> {
            if (pledger.isEmpty()) {
                return done();
            }
            return loader.account(call.accountId()).compose(author -> {
                String pledgerId = ids.id(pledger.get().account());
                JsonObject note = SolidarityObjects.sign(SolidarityObjects.pledge(pledge, call, pledgerId,
                        ids.id(author)), pledgerId, pledger.get().keys().ed25519Private());
                JsonObject create = new JsonObject().put("@context", SergeContext.context())
                        .put("id", pledge.objectUri() + "/activity/" + pledge.updatedAt().toInstant().toEpochMilli())
                        .put("type", "Create").put("actor", pledgerId)
                        .put("published", WireDates.format(pledge.updatedAt()))
                        .put("to", note.getJsonArray("to").copy()).put("cc", new JsonArray())
                        .put("object", note);
                return send(pledger.get().account(), create, audience.account(author));
            });
        }));
    }

    @Override
    public Future<Void> pledgeWithdrawn(Pledge pledge, SolidarityCall call) {
        if (call.local() || pledge.objectUri() == null) {
            return done();
        }
        return safe("Delete pledge", () -> localAccounts.findLocalActorById(pledge.accountId()).compose(pledger ->
                pledger.isEmpty() ? done() : loader.account(call.accountId()).compose(author -> {
                    String pledgerId = ids.id(pledger.get().account());
                    JsonObject delete = new JsonObject().put("@context", SergeContext.context())
                            .put("id", pledge.objectUri() + "#delete").put("type", "Delete").put("actor", pledgerId)
                            .put("to", new JsonArray().add(ids.id(author)))
                            .put("object", new JsonObject().put("id", pledge.objectUri()).put("type", "Tombstone"));
                    return send(pledger.get().account(), delete, audience.account(author));
                })));
    }

    /** Create or Update of the signed object to the author's followers and the Group's followers. */
    private Future<Void> publish(long statusId, boolean update, boolean announce) {
        return statuses.findById(statusId).compose(found -> {
            if (found.isEmpty() || !found.get().local()) {
                return done();
            }
            Status status = found.get();
            return loader.load(status).compose(context -> statusObject(context).compose(object -> {
                if (object.isEmpty()) {
                    return done();
                }
                JsonObject signed = object.get();
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                String id = update ? status.uri() + "#updates/" + now.toInstant().toEpochMilli()
                        : status.uri() + "/activity";
                JsonObject activity = new JsonObject().put("@context", SergeContext.context())
                        .put("id", id).put("type", update ? "Update" : "Create")
                        .put("actor", ids.id(context.author()))
                        .put("published", WireDates.format(update ? now : status.createdAt()))
                        .put("to", signed.getJsonArray("to", new JsonArray()).copy())
                        .put("cc", signed.getJsonArray("cc", new JsonArray()).copy())
                        .put("object", signed);
                return group().compose(group -> audience.status(context).compose(inboxes -> {
                    Set<String> all = new LinkedHashSet<>(inboxes);
                    Future<Set<String>> groupInboxes = group.isEmpty() ? Future.succeededFuture(Set.of())
                            : audience.followers(group.get().account());
                    return groupInboxes.compose(gi -> {
                        all.addAll(gi);
                        Future<Void> sent = send(context.author(), activity, all);
                        if (!announce || group.isEmpty() || gi.isEmpty()) {
                            return sent;
                        }
                        return sent.compose(v -> send(group.get().account(),
                                groupAnnounce(group.get().account(), context.author(), status, signed), gi));
                    });
                }));
            }));
        });
    }

    /** FEP-1b12: the Group announces a member's report or call, embedding the signed object unchanged. */
    private JsonObject groupAnnounce(Account group, Account author, Status status, JsonObject signed) {
        String groupId = ids.id(group);
        return new JsonObject().put("@context", SergeContext.context())
                .put("id", groupId + "/announces/" + status.id())
                .put("type", "Announce").put("actor", groupId)
                .put("published", WireDates.format(status.createdAt()))
                .put("to", new JsonArray().add(Addressing.PUBLIC))
                .put("cc", new JsonArray().add(ids.followers(group)).add(ids.id(author)))
                .put("object", signed);
    }

    private Future<Optional<LocalActor>> group() {
        return localAccounts.findLocalActorByType(ActorType.Group);
    }

    private Future<JsonObject> signed(Account author, JsonObject object) {
        return localAccounts.findLocalActorById(author.id()).compose(actor -> actor.isEmpty()
                ? Future.failedFuture(new IllegalStateException("no keys for " + author.username()))
                : Future.succeededFuture(SolidarityObjects.sign(object, ids.id(author),
                actor.get().keys().ed25519Private())));
    }

    private Future<Employer> parent(Employer employer) {
        return employer == null || employer.parentId() == null ? Future.succeededFuture(null)
                : services.employers().get(employer.parentId()).otherwise((Employer) null);
    }

    private Future<String> reportUri(SolidarityCall call) {
        return call.reportId() == null ? Future.succeededFuture(null)
                : services.reports().get(call.reportId()).map(StruggleReport::uri).otherwise((String) null);
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
            LOG.warn("could not queue {}: {}", what, e.toString());
            return done();
        });
    }

    private static Future<Void> done() {
        return Future.succeededFuture();
    }
}
