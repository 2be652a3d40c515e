package org.serge.core.moderation;

import io.vertx.core.Future;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.status.Status;
import org.serge.core.status.StatusService;

/**
 * Members' reports about accounts, with Mastodon's rules: the reported account must exist (404) and not be the
 * reporter; the statuses named must be the reported account's and visible to the reporter (404 otherwise); the
 * category is spam, legal, violation or other (the default), a violation names the node's rules; the comment has
 * at most 1000 characters. With {@code forward} and a remote account, a copy goes to its server as a Flag from
 * the node's Application actor, so that the reporter is not named there.
 */
public final class AccountReportService {

    public static final int MAX_COMMENT = 1000;
    public static final int MAX_STATUSES = 100;
    private static final Set<String> CATEGORIES = Set.of("spam", "legal", "violation", "other");

    private final AccountReportRepository reports;
    private final RemoteAccountRepository accounts;
    private final StatusService statuses;
    private final ReportForwarding forwarding;
    private final LocalUris uris;
    private final Set<Long> rules;

    /** {@code rules}: the ids of the node's rules (GET /api/v1/instance/rules), which a violation must name. */
    public AccountReportService(AccountReportRepository reports, RemoteAccountRepository accounts,
                                StatusService statuses, ReportForwarding forwarding, LocalUris uris, Set<Long> rules) {
        this.reports = reports;
        this.accounts = accounts;
        this.statuses = statuses;
        this.forwarding = forwarding;
        this.uris = uris;
        this.rules = Set.copyOf(rules);
    }

    public Future<FiledReport> report(Account reporter, NewReport request) {
        String category = request.category() == null || request.category().isBlank() ? "other"
                : request.category().strip();
        String comment = request.comment() == null ? "" : request.comment();
        if (!CATEGORIES.contains(category)) {
            return Future.failedFuture(ServiceException.unprocessable(
                    "category must be one of spam, legal, violation, other"));
        }
        if (comment.codePointCount(0, comment.length()) > MAX_COMMENT) {
            return Future.failedFuture(ServiceException.unprocessable(
                    "comment is over " + MAX_COMMENT + " characters"));
        }
        List<Long> statusIds = List.copyOf(new LinkedHashSet<>(request.statusIds()));
        if (statusIds.size() > MAX_STATUSES) {
            return Future.failedFuture(ServiceException.unprocessable(
                    "a report names at most " + MAX_STATUSES + " statuses"));
        }
        List<Long> ruleIds = null;
        if ("violation".equals(category)) {
            ruleIds = List.copyOf(new LinkedHashSet<>(request.ruleIds()));
            if (ruleIds.isEmpty() || !rules.containsAll(ruleIds)) {
                return Future.failedFuture(ServiceException.unprocessable(
                        "rule_ids must name the rules of this server"));
            }
        }
        if (request.targetAccountId() == reporter.id()) {
            return Future.failedFuture(ServiceException.unprocessable("you can't report yourself"));
        }
        List<Long> rulesNamed = ruleIds;
        return accounts.findById(request.targetAccountId()).compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(ServiceException.notFound("no such account"));
            }
            Account target = found.get();
            return reportedStatuses(reporter, target, statusIds).compose(reported -> {
                long id = Snowflake.next();
                boolean forwarded = request.forward() && !target.isLocal();
                AccountReport report = new AccountReport(id, reporter.id(), target.id(),
                        reported.stream().map(Status::id).toList(), comment, category, rulesNamed, forwarded,
                        uris.base() + "/flags/" + id,
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
                return reports.insert(report).compose(stored -> (forwarded
                        ? forwarding.forward(stored, target, reported) : Future.<Void>succeededFuture())
                        .map(new FiledReport(stored, target)));
            });
        });
    }

    private Future<List<Status>> reportedStatuses(Account reporter, Account target, List<Long> ids) {
        List<Future<Status>> found = new ArrayList<>();
        for (long id : ids) {
            found.add(statuses.visibleStatus(reporter, id).compose(status -> status.accountId() == target.id()
                    ? Future.succeededFuture(status)
                    : Future.failedFuture(ServiceException.notFound("no such status"))));
        }
        return Future.all(found).map(done -> found.stream().map(Future::result).toList());
    }
}
