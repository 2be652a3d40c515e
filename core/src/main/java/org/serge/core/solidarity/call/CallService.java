package org.serge.core.solidarity.call;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.solidarity.Checks;
import org.serge.core.solidarity.report.ReportRepository;
import org.serge.core.solidarity.vocab.CallState;
import org.serge.core.solidarity.vocab.Vocabulary;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.core.status.StatusDraft;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.Visibility;

/**
 * Solidarity calls and their states. A call and its public Question status (one poll option per ask, multiple
 * choice, closing at the deadline) are written in one transaction. States: open -> met (set by
 * {@code PledgeService} on the pledge that makes the condition hold; irreversible) -> executed by the caller; or
 * expired ({@link #expireDue}) or cancelled by the caller while open. A call without a condition is never met:
 * it stays open until the caller executes or cancels it or it expires. This service does not federate: callers
 * hand the returned call to federation.
 */
public final class CallService {

    private final Pool pool;
    private final CallRepository calls;
    private final ReportRepository reports;
    private final StatusRepository statuses;
    private final RemoteAccountRepository accounts;
    private final LocalUris uris;

    public CallService(Pool pool, CallRepository calls, ReportRepository reports, StatusRepository statuses,
                       RemoteAccountRepository accounts, LocalUris uris) {
        this.pool = pool;
        this.calls = calls;
        this.reports = reports;
        this.statuses = statuses;
        this.accounts = accounts;
        this.uris = uris;
    }

    /** A member opens a call. Invalid input is a 422 and writes nothing. */
    public Future<SolidarityCall> open(Account author, NewCall call) {
        if (author == null || !author.isLocal()) {
            return Future.failedFuture(ServiceException.forbidden("only members open calls here"));
        }
        OffsetDateTime now = now();
        try {
            if (call == null) {
                throw ServiceException.unprocessable("a call is required");
            }
            CallValidator.deadline(call.deadline(), now);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        long statusId = Snowflake.next();
        return store(author.id(), true, uris.status(author.username(), statusId),
                uris.statusUrl(author.username(), statusId), statusId, now, call, CallState.OPEN, null);
    }

    /** Stores a call received from another node; its author must be a known remote account. Known uri: 409. */
    public Future<SolidarityCall> storeRemote(RemoteCall remote) {
        CallState state;
        try {
            if (remote == null || remote.call() == null || remote.call().deadline() == null) {
                throw ServiceException.unprocessable("a call with a deadline is required");
            }
            Checks.httpUrl(remote.uri(), "call id");
            state = Vocabulary.parseOr(CallState.class, remote.state(), "call state", CallState.OPEN);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return accounts.findById(remote.accountId()).compose(account -> {
            if (account.isEmpty() || account.get().isLocal()) {
                return Future.failedFuture(ServiceException.unprocessable("a remote call needs a remote author"));
            }
            return calls.findByUri(remote.uri()).compose(known -> known.isPresent()
                    ? Future.failedFuture(ServiceException.conflict("call already known"))
                    : store(remote.accountId(), false, remote.uri(), remote.url(), Snowflake.next(),
                    remote.published() == null ? now() : remote.published().truncatedTo(ChronoUnit.MILLIS),
                    remote.call(), state, remote.apObject()));
        });
    }

    public Future<SolidarityCall> get(long callId) {
        return calls.findById(callId).compose(found -> found.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(ServiceException.notFound("no such call"))));
    }

    /** The call whose Question has this id (a poll vote's inReplyTo), or 404. */
    public Future<SolidarityCall> byUri(String uri) {
        return calls.findByUri(uri).compose(found -> found.map(Future::succeededFuture)
                .orElseGet(() -> Future.failedFuture(ServiceException.notFound("no such call"))));
    }

    /** The caller carries the call out: from met, or from open when the call has no condition. */
    public Future<SolidarityCall> execute(Account author, long callId) {
        return own(author, callId).compose(call -> {
            List<CallState> from = call.condition() == null ? List.of(CallState.OPEN, CallState.MET)
                    : List.of(CallState.MET);
            return transition(call, from, CallState.EXECUTED, "the call can be executed only once it is met");
        });
    }

    /** The caller cancels the call while it is open. */
    public Future<SolidarityCall> cancel(Account author, long callId) {
        return own(author, callId).compose(call -> transition(call, List.of(CallState.OPEN), CallState.CANCELLED,
                "only an open call can be cancelled"));
    }

    /**
     * A state change announced by a remote call's origin (wire name): met (from open; this node may already have
     * counted it met itself), executed (from open or met), expired or cancelled (from open).
     */
    public Future<SolidarityCall> applyRemoteState(String callUri, long remoteAccountId, String state) {
        CallState to;
        try {
            to = CallState.parse(state);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return calls.findByUri(callUri).compose(found -> {
            if (found.isEmpty() || found.get().local() || found.get().accountId() != remoteAccountId) {
                return Future.failedFuture(ServiceException.notFound("no such call"));
            }
            SolidarityCall call = found.get();
            return switch (to) {
                case OPEN -> Future.failedFuture(ServiceException.unprocessable("a call never reopens"));
                case MET -> calls.markMet(pool, call.id(), null, now()).compose(v -> get(call.id()));
                case EXECUTED -> transition(call, List.of(CallState.OPEN, CallState.MET), to, "the call is closed");
                case EXPIRED, CANCELLED -> transition(call, List.of(CallState.OPEN), to, "the call is not open");
            };
        });
    }

    /** Open calls whose deadline has passed become expired; returns those that did, for federation. */
    public Future<List<SolidarityCall>> expireDue(OffsetDateTime now) {
        return calls.expireDue(now.truncatedTo(ChronoUnit.MILLIS));
    }

    private Future<SolidarityCall> transition(SolidarityCall call, List<CallState> from, CallState to, String refusal) {
        return calls.close(pool, call.id(), from, to, now()).compose(changed -> changed ? get(call.id())
                : Future.failedFuture(ServiceException.unprocessable(refusal)));
    }

    private Future<SolidarityCall> own(Account author, long callId) {
        return calls.findById(callId).compose(found -> found.isPresent() && author != null && found.get().local()
                && found.get().accountId() == author.id() ? Future.succeededFuture(found.get())
                : Future.failedFuture(ServiceException.notFound("no such call")));
    }

    private Future<SolidarityCall> store(long accountId, boolean local, String uri, String url, long statusId,
                                         OffsetDateTime at, NewCall in, CallState state, String apObject) {
        SolidarityCall call;
        try {
            String title = Checks.text(in.title(), "title", 200, true);
            String description = Checks.text(in.description(), "description", 5000, false);
            List<Ask> asks = CallValidator.asks(in.asks());
            CallCondition condition = CallValidator.condition(in.condition(), asks);
            Checks.language(in.language());
            call = new SolidarityCall(Snowflake.next(), statusId, accountId, local, uri, in.reportId(), title,
                    description, asks, in.deadline().truncatedTo(ChronoUnit.MILLIS), condition, state,
                    state == CallState.MET ? at : null, null, null, at);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        Future<Void> report = in.reportId() == null ? Future.succeededFuture()
                : reports.findById(in.reportId()).compose(found -> found.isPresent() ? Future.succeededFuture()
                : Future.failedFuture(ServiceException.unprocessable("no such report to link")));
        CallText text = CallText.of(call.title(), call.description(), call.asks(), call.deadline(), call.condition());
        Status status = new Status(statusId, uri, url, accountId, local, "Question", Visibility.PUBLIC, null, null,
                null, call.title(), text.html(), text.plain(), "", false, in.language(), at, null);
        Poll poll = new Poll(true, call.asks().stream().map(Ask::label).toList(),
                Collections.nCopies(call.asks().size(), 0), 0, call.deadline());
        return report.compose(v -> pool.withTransaction(tx -> statuses.insert(tx,
                        new StatusDraft(status, List.of(), List.of(), poll, apObject))
                .compose(s -> calls.insert(tx, call))
                .map(call)));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
