package org.serge.core.status.scheduled;

import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRepository;
import org.serge.core.crypto.SecretTokens;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.status.PostRequest;
import org.serge.core.status.StatusService;
import org.serge.core.timeline.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mastodon's scheduled statuses: a post kept until its time, then published through {@link StatusService#post}
 * (so it federates and streams as any post). Scheduling checks what it can at once (text, poll, media, reply
 * target); publishing checks everything again and drops a post that no longer passes, with a log line that
 * carries no content.
 */
public final class ScheduledStatusService {

    /** Mastodon's minimum lead time. */
    public static final Duration MIN_LEAD = Duration.ofMinutes(5);
    /** Mastodon's limit of pending scheduled statuses per account. */
    public static final int MAX_PENDING = 300;
    private static final int MAX_KEY_LENGTH = 512;
    private static final int MAX_PER_RUN = 100;
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledStatusService.class);

    private final ScheduledStatusRepository repository;
    private final StatusService statuses;
    private final AccountRepository accounts;
    private final Clock clock;

    public ScheduledStatusService(ScheduledStatusRepository repository, StatusService statuses,
                                  AccountRepository accounts, Clock clock) {
        this.repository = repository;
        this.statuses = statuses;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Stores the post for {@code at}; the same Idempotency-Key (null: none) returns the earlier one. */
    public Future<ScheduledStatus> schedule(Account author, String idempotencyKey, PostRequest request,
                                            OffsetDateTime at) {
        if (idempotencyKey != null && idempotencyKey.length() > MAX_KEY_LENGTH) {
            return Future.failedFuture(ServiceException.unprocessable("the Idempotency-Key is too long"));
        }
        byte[] key = idempotencyKey == null || idempotencyKey.isBlank() ? null : SecretTokens.sha256(idempotencyKey);
        return checkTime(at)
                .compose(v -> statuses.validate(author, request))
                .compose(v -> request.inReplyToId() == null ? Future.succeededFuture()
                        : statuses.visibleStatus(author, request.inReplyToId()).mapEmpty())
                .compose(v -> repository.insert(new ScheduledStatus(Snowflake.next(), author.id(), utc(at), request),
                        key, MAX_PENDING))
                .compose(stored -> stored.isPresent() ? Future.succeededFuture(stored.get())
                        : Future.failedFuture(ServiceException.unprocessable(
                                "you have too many scheduled statuses (at most " + MAX_PENDING + ")")));
    }

    public Future<ScheduledStatus> find(Account owner, long id) {
        return repository.find(owner.id(), id).compose(ScheduledStatusService::orNotFound);
    }

    public Future<List<ScheduledStatus>> page(Account owner, Page page) {
        return repository.page(owner.id(), page);
    }

    public Future<ScheduledStatus> reschedule(Account owner, long id, OffsetDateTime at) {
        if (at == null) {
            return find(owner, id);
        }
        return checkTime(at).compose(v -> repository.reschedule(owner.id(), id, utc(at)))
                .compose(ScheduledStatusService::orNotFound);
    }

    public Future<Void> cancel(Account owner, long id) {
        return repository.delete(owner.id(), id).compose(deleted -> deleted ? Future.succeededFuture()
                : Future.failedFuture(ServiceException.notFound("Record not found")));
    }

    /**
     * Publishes every scheduled status due at {@code now}, one transaction per row: the row is claimed with
     * FOR UPDATE SKIP LOCKED (so several workers share the table), published, and deleted before the commit.
     * A post that fails the posting rules is dropped; any other failure leaves the row for the next run.
     * Returns how many rows were published or dropped.
     */
    public Future<Integer> publishDue(OffsetDateTime now) {
        return publishDue(utc(now), 0);
    }

    private Future<Integer> publishDue(OffsetDateTime now, int done) {
        if (done >= MAX_PER_RUN) {
            return Future.succeededFuture(done);
        }
        return repository.pool().withTransaction(tx -> repository.claimDue(tx, now).compose(found -> {
                    if (found.isEmpty()) {
                        return Future.succeededFuture(false);
                    }
                    ScheduledStatus due = found.get();
                    return publish(due).compose(v -> repository.delete(tx, due.id())).map(true);
                }))
                .compose(claimed -> claimed ? publishDue(now, done + 1) : Future.succeededFuture(done));
    }

    private Future<Void> publish(ScheduledStatus due) {
        return accounts.findLocalById(due.accountId())
                .compose(author -> author.isEmpty()
                        ? Future.failedFuture(ServiceException.notFound("no such account"))
                        : statuses.post(author.get(), due.request()).<Void>mapEmpty())
                .recover(error -> {
                    if (error instanceof ServiceException rejected) {
                        LOG.info("scheduled status {} of account {} dropped at publication: {}", due.id(),
                                due.accountId(), rejected.getMessage());
                        return Future.succeededFuture();
                    }
                    return Future.failedFuture(error);
                });
    }

    private Future<Void> checkTime(OffsetDateTime at) {
        if (at == null || at.toInstant().isBefore(clock.instant().plus(MIN_LEAD))) {
            return Future.failedFuture(ServiceException.unprocessable(
                    "scheduled_at must be at least 5 minutes in the future"));
        }
        return Future.succeededFuture();
    }

    private static OffsetDateTime utc(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }

    private static Future<ScheduledStatus> orNotFound(Optional<ScheduledStatus> found) {
        return found.isPresent() ? Future.succeededFuture(found.get())
                : Future.failedFuture(ServiceException.notFound("Record not found"));
    }
}
