package org.serge.federation.solidarity;

import org.serge.core.solidarity.SolidarityFederation;
import org.serge.core.solidarity.pledge.PledgeResult;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.call.RemoteCall;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.pledge.NewPledge;
import org.serge.core.solidarity.pledge.RemotePledge;
import org.serge.core.solidarity.report.RemoteReport;
import org.serge.core.solidarity.report.StatusUpdate;
import org.serge.core.solidarity.report.StruggleReport;
import org.serge.federation.vocab.AsIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Serge part of received Create, Update and Delete activities. An object carrying {@code serge:*} properties
 * is taken as a report, call or pledge only when its FEP-8b32 proof verifies against its author's Ed25519 key
 * ({@link SergeProofs}). A report or call whose proof fails is refused as such and stored as a plain post (its
 * text stays readable); a pledge whose proof fails is dropped entirely and changes nothing. A Mastodon poll vote
 * (a Note with {@code name} = the option's title, replying to one of our calls' Questions, without content)
 * becomes a count-only pledge. The author (the activity's verified actor) has been checked to own the object.
 */
public final class SolidarityInbox {

    private static final Logger LOG = LoggerFactory.getLogger(SolidarityInbox.class);

    private final SolidarityServices services;
    private final SolidarityFederation federation;
    private final SolidarityStore store;
    private final SergeProofs proofs;
    private final ReplyPledges replies;

    public SolidarityInbox(SolidarityServices services, SolidarityStore store, RemoteAccountRepository accounts) {
        this(services, store, accounts, SolidarityFederation.NONE);
    }

    /** With {@code federation}, a call that an incoming pledge or vote makes met is announced (Update) at once. */
    public SolidarityInbox(SolidarityServices services, SolidarityStore store, RemoteAccountRepository accounts,
                           SolidarityFederation federation) {
        this.federation = federation;
        this.services = services;
        this.store = store;
        this.proofs = new SergeProofs(accounts);
        this.replies = new ReplyPledges(services, this::announceIfMet);
    }

    private static boolean toPublic(JsonObject json) {
        Object to = json.getValue("to");
        if (to instanceof String s) {
            return AsIds.isPublic(s);
        }
        return to instanceof io.vertx.core.json.JsonArray all
                && all.stream().anyMatch(v -> v instanceof String s && AsIds.isPublic(s));
    }

    /** Handles a created object; true when it was taken here (then no plain status must be stored for it). */
    public Future<Boolean> created(JsonObject json, Account author) {
        String type = json.getString("type");
        if (!SergeContext.isSerge(json)) {
            return "Note".equals(type) ? pollVoteOrReply(json, author) : Future.succeededFuture(false);
        }
        if (("Article".equals(type) || "Question".equals(type)) && !toPublic(json)) {
            // reports and calls are public surfaces (lists, feeds, statistics): a narrower one stays a plain post
            LOG.info("took {} as a plain post: a report or call must be addressed to Public", json.getValue("id"));
            return Future.succeededFuture(false);
        }
        return proofs.verify(json, author).transform(verified -> {
            if (verified.failed()) {
                LOG.info("refused the Serge part of {}: {}", json.getValue("id"), verified.cause().toString());
                // a pledge without a valid proof changes nothing and is not kept as a post either
                return Future.succeededFuture(SergeContext.get(json, "pledge") != null);
            }
            return take(type, json, author).recover(e -> {
                LOG.info("could not take {}: {}", json.getValue("id"), e.toString());
                return Future.succeededFuture(e instanceof ServiceException s && s.status() == 409
                        || SergeContext.get(json, "pledge") != null);
            });
        });
    }

    /**
     * The author of an embedded object of another origin (in an Announce) when its Serge proof verifies against
     * the author's key already known here: then it is taken as sent, without asking its origin.
     */
    public Future<Optional<Account>> verifiedEmbedded(JsonObject json, RemoteAccountRepository accounts) {
        if (json == null || !json.containsKey("proof") || !SergeContext.isSerge(json)
                || !(json.getValue("attributedTo") instanceof String author)) {
            return Future.succeededFuture(Optional.empty());
        }
        return accounts.findByUri(author).compose(found -> found.isEmpty() ? Future.succeededFuture(Optional.empty())
                : proofs.verify(json, found.get()).map(v -> found).otherwise(Optional.empty()));
    }

    /** A report's new status or a call's new state, from its (verified) author. */
    public Future<Void> updated(JsonObject json, Account author) {
        if (!SergeContext.isSerge(json)) {
            return Future.succeededFuture();
        }
        String id = json.getString("id");
        return proofs.verify(json, author).compose(v -> {
            if ("Article".equals(json.getString("type"))) {
                String status = SergeReader.str(json, "struggleStatus");
                String end = SergeReader.str(json, "endDate");
                return services.reports().byUri(id).compose(current -> {
                    if (status == null) {
                        return Future.succeededFuture();
                    }
                    StatusUpdate update = new StatusUpdate(status, SergeReader.str(json, "outcome"),
                            end == null ? null : java.time.LocalDate.parse(end), null);
                    String updated = json.getString("updated");
                    return services.reports().applyRemoteUpdate(id, author.id(), update,
                            updated == null ? null : OffsetDateTime.parse(updated)).mapEmpty();
                });
            }
            if ("Question".equals(json.getString("type"))) {
                String state = SergeReader.str(json, "callState");
                return services.calls().byUri(id).compose(call -> state == null
                        || state.equals(call.state().wireName()) ? Future.succeededFuture()
                        : services.calls().applyRemoteState(id, author.id(), state).mapEmpty());
            }
            return Future.<Void>succeededFuture();
        }).recover(e -> {
            LOG.info("refused the Serge update of {}: {}", id, e.toString());
            return Future.succeededFuture();
        });
    }

    /**
     * A Delete of a pledge by its author lowers the tally (a met call stays met). A Delete of a reply that made a
     * pledge withdraws that pledge while the call is open; once met, it stays counted.
     */
    public Future<Void> deleted(String objectId, Account author) {
        return services.pledges().deleteRemote(objectId, author.id()).<Void>mapEmpty()
                .recover(e -> Future.succeededFuture());
    }

    private Future<Boolean> take(String type, JsonObject json, Account author) {
        String id = json.getString("id");
        if ("Article".equals(type)) {
            return services.reports().storeRemote(new RemoteReport(id, url(json), author.id(), published(json),
                    SergeReader.report(json), json.encode())).map(true);
        }
        if ("Question".equals(type)) {
            String reportUri = SergeReader.str(json, "report");
            Future<Long> reportId = reportUri == null ? Future.succeededFuture(null)
                    : services.reports().byUri(reportUri).map(StruggleReport::id).otherwise((Long) null);
            return reportId.compose(rid -> services.calls().storeRemote(new RemoteCall(id, url(json), author.id(),
                    published(json), SergeReader.call(json, rid), SergeReader.str(json, "callState"),
                    json.encode()))).map(true);
        }
        NewPledge pledge = SergeReader.pledge(json);
        if ("Note".equals(type) && pledge != null) {
            return services.pledges().recordRemotePledge(new RemotePledge(json.getString("inReplyTo"), author.id(), id,
                            "serge-pledge", pledge))
                    .compose(result -> announceIfMet(result).compose(v -> store.savePledgeObject(id, json.encode())))
                    .map(true);
        }
        return Future.succeededFuture(false);
    }

    /**
     * Mastodon's vote: {"type":"Note","name":OPTION,"inReplyTo":QUESTION} and no content. A Note with content
     * replying to one of our calls is a reply pledge ({@link ReplyPledges}); it stays a status (false).
     */
    private Future<Boolean> pollVoteOrReply(JsonObject json, Account author) {
        String name = json.getValue("name") instanceof String n ? n : null;
        String inReplyTo = json.getValue("inReplyTo") instanceof String s ? s : null;
        Object content = json.getValue("content");
        if (inReplyTo != null && content instanceof String c && !c.isBlank()) {
            return replies.reply(json, inReplyTo, c, author).map(false);
        }
        if (name == null || inReplyTo == null) {
            return Future.succeededFuture(false);
        }
        return services.calls().byUri(inReplyTo).map(Optional::of).otherwise(Optional.empty()).compose(call -> {
            if (call.isEmpty() || !call.get().local()) {
                return Future.succeededFuture(false);
            }
            int option = option(call.get(), name);
            if (option < 0) {
                return Future.succeededFuture(true);
            }
            return services.pledges().recordPollVote(inReplyTo, author.id(), option, json.getString("id"))
                    .compose(this::announceIfMet)
                    .map(true).recover(e -> {
                        LOG.info("refused poll vote {}: {}", json.getValue("id"), e.toString());
                        return Future.succeededFuture(true);
                    });
        });
    }

    private static int option(SolidarityCall call, String name) {
        for (int i = 0; i < call.asks().size(); i++) {
            if (call.asks().get(i).label().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String url(JsonObject json) {
        return json.getValue("url") instanceof String u ? u : json.getString("id");
    }

    private static OffsetDateTime published(JsonObject json) {
        String p = json.getValue("published") instanceof String s ? s : null;
        try {
            return p == null ? null : OffsetDateTime.parse(p);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The pledge that meets a call's condition makes the origin announce the new state to everyone. */
    Future<Void> announceIfMet(PledgeResult result) {
        if (!result.justMet()) {
            return Future.succeededFuture();
        }
        return federation.callChanged(result.call()).recover(e -> {
            LOG.warn("could not announce that call {} is met: {}", result.call().id(), e.toString());
            return Future.succeededFuture();
        });
    }
}
