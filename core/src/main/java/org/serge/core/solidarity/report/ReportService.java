package org.serge.core.solidarity.report;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.solidarity.Checks;
import org.serge.core.solidarity.employer.EmployerService;
import org.serge.core.solidarity.figure.ConditionFigure;
import org.serge.core.solidarity.figure.FigureRepository;
import org.serge.core.solidarity.follow.StruggleFeedRepository;
import org.serge.core.solidarity.vocab.Countries;
import org.serge.core.solidarity.vocab.Outcome;
import org.serge.core.solidarity.vocab.Sector;
import org.serge.core.solidarity.vocab.StruggleStatus;
import org.serge.core.solidarity.vocab.Vocabulary;
import org.serge.core.status.Status;
import org.serge.core.status.StatusDraft;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.Visibility;

/**
 * Struggle reports: filing (local), storing (remote, from other Serge nodes), status changes with their history,
 * and listing. A report and its public status (object type Article, with the readable text of {@link ReportText})
 * are written in one transaction. This service does not federate: callers hand the returned report to
 * federation (Create after filing, Update after a status change).
 */
public final class ReportService {

    public static final int MAX_PAGE = 40;

    private final Pool pool;
    private final ReportRepository reports;
    private final FigureRepository figures;
    private final EmployerService employers;
    private final StatusRepository statuses;
    private final RemoteAccountRepository accounts;
    private final LocalUris uris;
    private final StruggleFeedRepository feed;

    public ReportService(Pool pool, ReportRepository reports, FigureRepository figures, EmployerService employers,
                         StatusRepository statuses, RemoteAccountRepository accounts, LocalUris uris) {
        this(pool, reports, figures, employers, statuses, accounts, uris, new StruggleFeedRepository(pool));
    }

    /** With {@code feed}, every stored report enters the feeds of the members who follow what it is about. */
    public ReportService(Pool pool, ReportRepository reports, FigureRepository figures, EmployerService employers,
                         StatusRepository statuses, RemoteAccountRepository accounts, LocalUris uris,
                         StruggleFeedRepository feed) {
        this.feed = feed;
        this.pool = pool;
        this.reports = reports;
        this.figures = figures;
        this.employers = employers;
        this.statuses = statuses;
        this.accounts = accounts;
        this.uris = uris;
    }

    /** Files a member's report and its public Article status. Invalid input is a 422 and writes nothing. */
    public Future<StruggleReport> fileLocal(Account author, NewReport report) {
        if (author == null || !author.isLocal()) {
            return Future.failedFuture(ServiceException.forbidden("only members file reports here"));
        }
        long statusId = Snowflake.next();
        return store(author.id(), true, uris.status(author.username(), statusId),
                uris.statusUrl(author.username(), statusId), statusId, now(), report, null);
    }

    /**
     * Stores a report received from another node, with its origin's ids; the author must be a known remote
     * account. A report whose uri is known already is a 409.
     */
    public Future<StruggleReport> storeRemote(RemoteReport remote) {
        if (remote == null) {
            return Future.failedFuture(ServiceException.unprocessable("a report is required"));
        }
        try {
            Checks.httpUrl(remote.uri(), "report id");
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return accounts.findById(remote.accountId()).compose(account -> {
            if (account.isEmpty() || account.get().isLocal()) {
                return Future.failedFuture(ServiceException.unprocessable("a remote report needs a remote author"));
            }
            return reports.findByUri(remote.uri()).compose(known -> known.isPresent()
                    ? Future.failedFuture(ServiceException.conflict("report already known"))
                    : store(remote.accountId(), false, remote.uri(), remote.url(), Snowflake.next(),
                    remote.published() == null ? now() : remote.published().truncatedTo(ChronoUnit.MILLIS),
                    remote.report(), remote.apObject()));
        });
    }

    /** A member changes the status (and outcome) of their own report; the history keeps the change. */
    public Future<StruggleReport> updateStatus(Account author, long reportId, StatusUpdate update) {
        return pool.withTransaction(tx -> reports.lock(tx, reportId).compose(found -> {
            if (found.isEmpty() || author == null || !found.get().local() || found.get().accountId() != author.id()) {
                return Future.failedFuture(ServiceException.notFound("no such report"));
            }
            return change(tx, found.get(), update, now());
        })).compose(this::withFigures);
    }

    /** Applies a status change received from the report's origin (an Update); only its author may change it. */
    public Future<StruggleReport> applyRemoteUpdate(String reportUri, long remoteAccountId, StatusUpdate update,
                                                    OffsetDateTime at) {
        return reports.findByUri(reportUri).compose(found -> found.isEmpty() || found.get().local()
                        || found.get().accountId() != remoteAccountId
                        ? Future.failedFuture(ServiceException.notFound("no such report"))
                        : pool.withTransaction(tx -> reports.lock(tx, found.get().id())
                        .compose(locked -> change(tx, locked.orElseThrow(), update,
                                at == null ? now() : at.truncatedTo(ChronoUnit.MILLIS)))))
                .compose(this::withFigures);
    }

    public Future<StruggleReport> get(long reportId) {
        return reports.findById(reportId).compose(found -> found.isEmpty()
                ? Future.failedFuture(ServiceException.notFound("no such report"))
                : withFigures(found.get()));
    }

    /** The reports carried by these statuses, in the order given (statuses without a report are left out). */
    public Future<List<StruggleReport>> byStatusIds(List<Long> statusIds) {
        if (statusIds.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        return reports.findByStatusIds(statusIds).compose(found -> {
            Map<Long, StruggleReport> byStatus = found.stream()
                    .collect(Collectors.toMap(StruggleReport::statusId, r -> r));
            List<StruggleReport> ordered = new ArrayList<>();
            statusIds.forEach(id -> {
                if (byStatus.containsKey(id)) {
                    ordered.add(byStatus.get(id));
                }
            });
            return withFigures(ordered);
        });
    }

    public Future<StruggleReport> byUri(String uri) {
        return reports.findByUri(uri).compose(found -> found.isEmpty()
                ? Future.failedFuture(ServiceException.notFound("no such report"))
                : withFigures(found.get()));
    }

    /** The report's status history, oldest first (the filing first). */
    public Future<List<StatusChange>> history(long reportId) {
        return reports.findById(reportId).compose(found -> found.isEmpty()
                ? Future.failedFuture(ServiceException.notFound("no such report"))
                : reports.history(reportId));
    }

    /** Reports matching the filter, newest first, with their figures. A bad filter value is a 422. */
    public Future<List<StruggleReport>> list(ReportFilter filter) {
        Sector sector;
        String country;
        StruggleStatus status;
        String hashtag;
        try {
            sector = filter.sectorCode() == null ? null : Sector.of(
                    filter.sectorScheme() == null ? "ISIC" : filter.sectorScheme(),
                    filter.sectorVersion() == null ? "4" : filter.sectorVersion(), filter.sectorCode());
            country = Countries.check(filter.country(), "country", false);
            status = filter.status() == null ? null : StruggleStatus.parse(filter.status());
            hashtag = filter.hashtag() == null ? null
                    : filter.hashtag().replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        int limit = Math.max(1, Math.min(filter.limit(), MAX_PAGE));
        Future<Long> root = filter.employerId() == null ? Future.succeededFuture(null)
                : filter.wholeGroup() ? employers.ultimateParent(filter.employerId()).map(e -> e.id())
                : employers.get(filter.employerId()).map(e -> e.id());
        return root.compose(employerRoot -> reports.list(employerRoot, sector, country, status, hashtag,
                        filter.maxId(), limit))
                .compose(this::withFigures);
    }

    private Future<StruggleReport> store(long accountId, boolean local, String uri, String url, long statusId,
                                         OffsetDateTime at, NewReport input, String apObject) {
        CheckedReport checked;
        try {
            checked = ReportValidator.check(input, Snowflake.next(), statusId, accountId, local, uri, at);
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        return pool.withTransaction(tx -> {
            Future<StruggleReport> withEmployer = checked.employer() == null
                    ? Future.succeededFuture(checked.report())
                    : employers.findOrCreateValid(tx, checked.employer()).map(checked.report()::withEmployer);
            return withEmployer.compose(report -> {
                ReportText text = ReportText.of(report, uris.tag(""));
                Status status = new Status(statusId, uri, url, accountId, local, "Article", Visibility.PUBLIC, null,
                        null, null, report.title(), text.html(), text.plain(), "", false, report.language(), at, null);
                return statuses.insert(tx, new StatusDraft(status, List.of(), text.hashtags(), null, apObject))
                        .compose(s -> reports.insert(tx, report))
                        .compose(v -> figures.insertAll(tx, report.figures()))
                        .compose(v -> reports.insertHistory(tx, new StatusChange(Snowflake.next(), report.id(), null,
                                report.status(), null, report.outcome(), "", at)))
                        .compose(v -> feed.fanOut(tx, statusId, accountId,
                                report.employer() == null ? null : report.employer().id(), report.sector(),
                                report.country(), text.hashtags()))
                        .map(report);
            });
        });
    }

    private Future<StruggleReport> change(SqlClient tx, StruggleReport current, StatusUpdate update,
                                          OffsetDateTime at) {
        StruggleStatus status;
        Outcome outcome;
        String note;
        try {
            if (update == null) {
                throw ServiceException.unprocessable("a status is required");
            }
            status = StruggleStatus.parse(update.status());
            outcome = update.outcome() == null ? current.outcome()
                    : Vocabulary.parse(Outcome.class, update.outcome(), "outcome");
            note = Checks.text(update.note(), "note", 1000, false);
            ReportValidator.checkDates(current.startDate(), update.endDate());
        } catch (ServiceException e) {
            return Future.failedFuture(e);
        }
        LocalDate endDate = update.endDate() == null ? current.endDate() : update.endDate();
        if (status == current.status() && Objects.equals(outcome, current.outcome())
                && Objects.equals(endDate, current.endDate())) {
            return Future.failedFuture(ServiceException.unprocessable("nothing changed"));
        }
        StruggleReport changed = current.withStatus(status, outcome, endDate, at);
        return reports.updateStatus(tx, current.id(), status, outcome, endDate, at)
                .compose(v -> reports.insertHistory(tx, new StatusChange(Snowflake.next(), current.id(),
                        current.status(), status, current.outcome(), outcome, note, at)))
                .compose(v -> reports.updateStatusText(tx, current.statusId(), ReportText.of(changed, uris.tag("")), at))
                .map(changed);
    }

    private Future<StruggleReport> withFigures(StruggleReport report) {
        return figures.byReport(report.id()).map(report::withFigures);
    }

    private Future<List<StruggleReport>> withFigures(List<StruggleReport> page) {
        return figures.byReports(page.stream().map(StruggleReport::id).toList()).map(all -> {
            Map<Long, List<ConditionFigure>> byReport = all.stream()
                    .collect(Collectors.groupingBy(ConditionFigure::reportId));
            List<StruggleReport> out = new ArrayList<>(page.size());
            page.forEach(r -> out.add(r.withFigures(byReport.getOrDefault(r.id(), List.of()))));
            return out;
        });
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
