package org.serge.core.solidarity.pledge;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.solidarity.Checks;
import org.serge.core.solidarity.call.Ask;
import org.serge.core.solidarity.call.CallRepository;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.vocab.AskType;
import org.serge.core.solidarity.vocab.CallState;
import org.serge.core.solidarity.vocab.Countries;
import org.serge.core.solidarity.vocab.Currencies;
import org.serge.core.solidarity.vocab.PledgeSource;
import org.serge.core.solidarity.vocab.PledgeVisibility;
import org.serge.core.solidarity.vocab.Vocabulary;

/**
 * Pledges, their tally and the condition. Every change runs in one transaction holding the call's row lock:
 * store the pledge, recount all live pledges, and switch the call to met when the condition holds, recording
 * that pledge. So two concurrent pledges can neither both miss the threshold nor both trigger it, and "met" is
 * set once and never undone (pledges can't be withdrawn after it; a remote Delete lowers the tally only).
 *
 * <p>Rules: one live pledge per actor per call, a new one replaces it; pledges are taken while the call is open
 * or met and its deadline has not passed; after met a replacement may only add (asks, money, people), and a
 * withdrawal is a 422. A poll vote adds its ask, with no detail, to the voter's pledge or makes a count-only one.
 * This service does not federate.
 */
public final class PledgeService {

    private static final int MAX_PEOPLE = 1_000_000;

    private final Pool pool;
    private final CallRepository calls;
    private final PledgeRepository pledges;
    private final RemoteAccountRepository accounts;
    private final LocalUris uris;
    private final String ownDomain;

    public PledgeService(Pool pool, CallRepository calls, PledgeRepository pledges, RemoteAccountRepository accounts,
                         LocalUris uris, String ownDomain) {
        this.pool = pool;
        this.calls = calls;
        this.pledges = pledges;
        this.accounts = accounts;
        this.uris = uris;
        this.ownDomain = ownDomain;
    }

    /** A member of this node pledges (or replaces their pledge). */
    public Future<PledgeResult> pledge(Account actor, long callId, NewPledge pledge) {
        if (actor == null || !actor.isLocal()) {
            return Future.failedFuture(ServiceException.forbidden("only members pledge here"));
        }
        long id = Snowflake.next();
        return commit(callId, actor.id(), (call, existing) -> checked(id, call, actor.id(), null, pledge,
                PledgeSource.SERGE_PLEDGE, uris.actor(actor.username()) + "/pledges/" + id));
    }

    /** A structured pledge or a reply from another node's actor (already stored as an account). */
    public Future<PledgeResult> recordRemotePledge(RemotePledge remote) {
        PledgeSource source;
        try {
            if (remote == null || remote.pledge() == null) {
                throw ServiceException.unprocessable("a pledge is required");
            }
            source = PledgeSource.parse(remote.source());
            if (source == PledgeSource.POLL_VOTE) {
                throw ServiceException.unprocessable("poll votes go through recordPollVote");
            }
            Checks.httpUrl(remote.objectUri(), "pledge id");
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return remoteAccount(remote.accountId()).compose(account -> callByUri(remote.callUri()).compose(callId -> {
            long id = Snowflake.next();
            return commit(callId, account.id(), (call, existing) -> checked(id, call, account.id(), account.domain(),
                    remote.pledge(), source, remote.objectUri()));
        }));
    }

    /**
     * A vote for option {@code option} of the call's Question, from a Mastodon-like server or a member through the
     * client API: the ask is added (no detail) to the voter's live pledge, or a count-only pledge is made.
     * {@code objectUri} is the vote's Note id (null for local votes).
     */
    public Future<PledgeResult> recordPollVote(String questionUri, long accountId, int option, String objectUri) {
        return addAsks(questionUri, accountId, List.of(option), objectUri, PledgeSource.POLL_VOTE);
    }

    /**
     * A plain reply to the call's Question from another server: the asks it names (all of them when it names
     * none, decided by the caller) are added, with no detail, to the replier's live pledge, or make a count-only
     * pledge whose object is the reply. {@code objectUri} is the reply's id.
     */
    public Future<PledgeResult> recordReply(String questionUri, long accountId, List<Integer> asks, String objectUri) {
        try {
            Checks.httpUrl(objectUri, "reply id");
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return remoteAccount(accountId).compose(a -> addAsks(questionUri, accountId, asks, objectUri,
                PledgeSource.REPLY));
    }

    private Future<PledgeResult> addAsks(String questionUri, long accountId, List<Integer> options, String objectUri,
                                         PledgeSource source) {
        return accounts.findById(accountId).compose(found -> found.isEmpty()
                ? Future.failedFuture(ServiceException.unprocessable("unknown voter"))
                : callByUri(questionUri).compose(callId -> commit(callId, accountId, (call, existing) -> {
                    if (options.isEmpty() || options.stream().anyMatch(o -> o < 0 || o >= call.asks().size())) {
                        throw ServiceException.unprocessable("no such poll option");
                    }
                    OffsetDateTime now = now();
                    List<PledgedAsk> asks = new ArrayList<>(existing.map(Pledge::asks).orElse(List.of()));
                    for (int option : options) {
                        if (asks.stream().noneMatch(a -> a.ask() == option)) {
                            asks.add(PledgedAsk.to(option));
                        }
                    }
                    asks.sort(Comparator.comparingInt(PledgedAsk::ask));
                    if (existing.isPresent()) {
                        Pledge p = existing.get();
                        if (asks.equals(p.asks())) {
                            return p;
                        }
                        return new Pledge(Snowflake.next(), call.id(), accountId, p.node(), p.country(), asks,
                                p.visibility(), p.source(), p.objectUri(), p.createdAt(), now);
                    }
                    return new Pledge(Snowflake.next(), call.id(), accountId, found.get().domain(), null, asks,
                            PledgeVisibility.COUNT_ONLY, source, objectUri, now, now);
                })));
    }

    /** A member withdraws their pledge: allowed until the call is met (then 422). */
    public Future<PledgeResult> withdraw(Account actor, long callId) {
        return actor == null ? Future.failedFuture(ServiceException.notFound("no such pledge"))
                : withdraw(callId, actor.id());
    }

    /** A remote pledger withdraws (an Undo): the same rule as {@link #withdraw(Account, long)}. */
    public Future<PledgeResult> withdrawRemote(String callUri, long accountId) {
        return callByUri(callUri).compose(callId -> withdraw(callId, accountId));
    }

    /**
     * A remote Delete of a pledge object by its author: the pledge goes and the tally drops, but a met call stays
     * met. A pledge made by a reply stays once the call is met (replies are withdrawn only until then). An unknown
     * object or another author is a 404.
     */
    public Future<PledgeResult> deleteRemote(String objectUri, long accountId) {
        return pledges.findByObjectUri(pool, objectUri).compose(found -> found.isEmpty()
                || found.get().accountId() != accountId
                ? Future.failedFuture(ServiceException.notFound("no such pledge"))
                : pool.withTransaction(tx -> lockCall(tx, found.get().callId())
                        .compose(call -> found.get().source() == PledgeSource.REPLY
                                && (call.state() == CallState.MET || call.state() == CallState.EXECUTED)
                                // a reply's pledge is withdrawn by deleting the reply only until the call is met
                                ? recount(tx, call, found.get(), null)
                                : pledges.deleteById(tx, found.get().id())
                                .compose(v -> recount(tx, call, null, null)))));
    }

    /** Recounts a call and switches it to met if its condition holds (e.g. after its condition was received). */
    public Future<PledgeResult> evaluate(long callId) {
        return pool.withTransaction(tx -> lockCall(tx, callId).compose(call -> pledges.forCall(tx, callId)
                .compose(all -> recount(tx, call, null,
                        all.stream().map(Pledge::id).max(Long::compare).orElse(null)))));
    }

    /** The tally, recomputed from the live pledges. */
    public Future<Tally> tally(long callId) {
        return calls.findById(callId).compose(call -> call.isEmpty()
                ? Future.failedFuture(ServiceException.notFound("no such call"))
                : pledges.forCall(pool, callId).map(all -> Tallies.of(call.get(), all, ownDomain)));
    }

    /**
     * The call's live pledges, oldest first, for its pledge collection: accounts by id only, never named here (the
     * caller decides what to reveal by each pledge's visibility).
     */
    public Future<List<Pledge>> livePledges(long callId) {
        return pledges.forCall(pool, callId);
    }

    /**
     * A live pledge by the id of its object, for serving it at that id: the caller must respect its visibility
     * (see {@code PledgeObjects}); empty when there is none.
     */
    public Future<Optional<Pledge>> byObjectUri(String objectUri) {
        return pledges.findByObjectUri(pool, objectUri);
    }

    /** The actor's own live pledge to the call, if any. */
    public Future<Optional<Pledge>> ownPledge(long callId, long accountId) {
        return pool.withConnection(conn -> pledges.findLive(conn, callId, accountId));
    }

    /**
     * The only way to list pledgers. Count-only pledgers are never named, to anyone; caller-only pledgers are
     * named to the call's author only; public pledgers to everyone. {@code viewerAccountId} null is an anonymous
     * viewer.
     */
    public Future<VisiblePledges> pledgesVisibleTo(long callId, Long viewerAccountId) {
        return calls.findById(callId).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(ServiceException.notFound("no such call"));
            }
            boolean caller = viewerAccountId != null && viewerAccountId == found.get().accountId();
            return pledges.pledgers(callId).map(all -> {
                List<PledgeView> named = new ArrayList<>();
                for (Pledger p : all) {
                    PledgeVisibility v = p.pledge().visibility();
                    if (v == PledgeVisibility.PUBLIC || (v == PledgeVisibility.CALLER_ONLY && caller)) {
                        named.add(new PledgeView(p.pledge().id(), p.pledge().accountId(),
                                p.domain() == null ? p.username() : p.username() + "@" + p.domain(), p.displayName(),
                                p.actorUri() == null ? uris.actor(p.username()) : p.actorUri(), p.pledge().node(),
                                p.pledge().country(), p.pledge().asks(), v, p.pledge().createdAt()));
                    }
                }
                return new VisiblePledges(callId, all.size(), all.size() - named.size(), named);
            });
        });
    }

    /** Builds the pledge to store from the call (locked) and the actor's live pledge; throws 422 to refuse. */
    private interface Builder {
        Pledge build(SolidarityCall call, Optional<Pledge> existing);
    }

    private Future<PledgeResult> commit(long callId, long accountId, Builder builder) {
        return pool.withTransaction(tx -> lockCall(tx, callId).compose(call -> {
            OffsetDateTime now = now();
            if (call.state() != CallState.OPEN && call.state() != CallState.MET) {
                return Future.failedFuture(ServiceException.unprocessable("the call is " + call.state().wireName()));
            }
            if (!call.deadline().isAfter(now)) {
                return Future.failedFuture(ServiceException.unprocessable("the call's deadline has passed"));
            }
            return pledges.findLive(tx, callId, accountId).compose(existing -> {
                Pledge pledge;
                try {
                    pledge = builder.build(call, existing);
                    if (existing.isPresent() && call.state() == CallState.MET && !onlyAdds(existing.get(), pledge)) {
                        throw ServiceException.unprocessable("once a call is met, a pledge can only grow");
                    }
                } catch (ServiceException e) {
                    return Future.failedFuture(e);
                }
                if (existing.isPresent() && existing.get().equals(pledge)) {
                    return recount(tx, call, existing.get(), null);
                }
                Future<Void> uriFree = pledge.objectUri() == null ? Future.succeededFuture()
                        : pledges.findByObjectUri(tx, pledge.objectUri()).compose(other -> other.isPresent()
                        && (other.get().callId() != callId || other.get().accountId() != accountId)
                        ? Future.failedFuture(ServiceException.conflict("pledge id already used"))
                        : Future.succeededFuture());
                return uriFree.compose(v -> pledges.upsert(tx, pledge))
                        .compose(v -> recount(tx, call, pledge, pledge.id()));
            });
        }));
    }

    private Future<PledgeResult> withdraw(long callId, long accountId) {
        return pool.withTransaction(tx -> lockCall(tx, callId).compose(call -> {
            if (call.state() == CallState.MET || call.state() == CallState.EXECUTED) {
                return Future.failedFuture(ServiceException.unprocessable(
                        "a pledge can't be withdrawn once the call is met"));
            }
            return pledges.delete(tx, callId, accountId).compose(deleted -> deleted
                    ? recount(tx, call, null, null)
                    : Future.failedFuture(ServiceException.notFound("no such pledge")));
        }));
    }

    /** Recounts under the lock; switches an open call to met on {@code trigger} when the condition holds. */
    private Future<PledgeResult> recount(SqlClient tx, SolidarityCall call, Pledge stored, Long trigger) {
        return pledges.forCall(tx, call.id()).compose(all -> {
            Tally tally = Tallies.of(call, all, ownDomain);
            List<Integer> votes = tally.perAsk().stream().map(AskTally::pledges).toList();
            Future<Boolean> met = trigger != null && call.state() == CallState.OPEN && Tallies.conditionHolds(call, tally)
                    ? calls.markMet(tx, call.id(), trigger, now()) : Future.succeededFuture(false);
            return met.compose(justMet -> pledges.updatePoll(tx, call.statusId(), votes, tally.pledges())
                    .compose(v -> calls.findById(tx, call.id()))
                    .map(now -> new PledgeResult(stored, now.orElseThrow(), tally, justMet)));
        });
    }

    private Pledge checked(long id, SolidarityCall call, long accountId, String node, NewPledge in,
                           PledgeSource source, String objectUri) {
        if (in == null || in.asks().isEmpty()) {
            throw ServiceException.unprocessable("a pledge commits to at least one ask");
        }
        PledgeVisibility visibility = Vocabulary.parseOr(PledgeVisibility.class, in.visibility(), "pledge visibility",
                PledgeVisibility.COUNT_ONLY);
        String country = Countries.check(in.country(), "pledger country", false);
        Set<Integer> seen = new HashSet<>();
        List<PledgedAsk> asks = new ArrayList<>();
        for (PledgedAsk a : in.asks()) {
            if (a == null || a.ask() < 0 || a.ask() >= call.asks().size()) {
                throw ServiceException.unprocessable("no such ask");
            }
            if (!seen.add(a.ask())) {
                throw ServiceException.unprocessable("an ask is pledged once per pledge");
            }
            Ask ask = call.asks().get(a.ask());
            String currency = null;
            if (a.amount() != null || a.currency() != null) {
                if (ask.type() != AskType.MONEY) {
                    throw ServiceException.unprocessable("an amount goes with a money ask only");
                }
                if (a.amount() == null || a.amount().signum() <= 0 || a.amount().scale() > 4
                        || a.amount().precision() - a.amount().scale() > 12) {
                    throw ServiceException.unprocessable("a pledged amount must be positive");
                }
                currency = Currencies.check(a.currency(), "pledge currency");
            }
            if (a.people() != null && (ask.type() != AskType.ATTEND || a.people() < 1 || a.people() > MAX_PEOPLE)) {
                throw ServiceException.unprocessable("a number of people goes with an attend ask and is at least 1");
            }
            asks.add(new PledgedAsk(a.ask(), a.amount(), currency, a.people()));
        }
        asks.sort(Comparator.comparingInt(PledgedAsk::ask));
        OffsetDateTime now = now();
        return new Pledge(id, call.id(), accountId, node, country, asks, visibility, source, objectUri, now, now);
    }

    /** Whether {@code next} keeps every ask of {@code previous} with at least its money and people. */
    private static boolean onlyAdds(Pledge previous, Pledge next) {
        for (PledgedAsk old : previous.asks()) {
            Optional<PledgedAsk> now = next.asks().stream().filter(a -> a.ask() == old.ask()).findFirst();
            if (now.isEmpty()) {
                return false;
            }
            if (old.amount() != null && (now.get().amount() == null || !old.currency().equals(now.get().currency())
                    || now.get().amount().compareTo(old.amount()) < 0)) {
                return false;
            }
            if (old.people() != null && (now.get().people() == null || now.get().people() < old.people())) {
                return false;
            }
        }
        return true;
    }

    private Future<SolidarityCall> lockCall(SqlClient tx, long callId) {
        return calls.lock(tx, callId).compose(found -> found.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(ServiceException.notFound("no such call"))));
    }

    private Future<Long> callByUri(String uri) {
        return uri == null ? Future.failedFuture(ServiceException.notFound("no such call"))
                : calls.findByUri(uri).compose(found -> found.map(c -> Future.succeededFuture(c.id()))
                .orElseGet(() -> Future.failedFuture(ServiceException.notFound("no such call"))));
    }

    private Future<Account> remoteAccount(long accountId) {
        return accounts.findById(accountId).compose(found -> found.isPresent() && !found.get().isLocal()
                ? Future.succeededFuture(found.get())
                : Future.failedFuture(ServiceException.unprocessable("a remote pledge needs a remote pledger")));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
