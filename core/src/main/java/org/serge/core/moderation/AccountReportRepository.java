package org.serge.core.moderation;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.serge.core.paging.PageSql;
import org.serge.core.paging.PagedResult;
import org.serge.core.timeline.Page;

/** SQL over reports: members' own and those received as Flags (which the inbox writes). */
public final class AccountReportRepository {

    private static final String COLUMNS = "id, account_id, target_account_id, status_ids, comment, category,"
            + " rule_ids, forwarded, uri, created_at";

    private final Pool pool;

    public AccountReportRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<AccountReport> insert(AccountReport report) {
        return pool.preparedQuery("INSERT INTO reports (" + COLUMNS + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9,"
                        + " $10) RETURNING " + COLUMNS)
                .execute(Tuple.from(new Object[]{report.id(), report.accountId(), report.targetAccountId(),
                        report.statusIds().toArray(new Long[0]), report.comment(), report.category(),
                        report.ruleIds() == null ? null : report.ruleIds().toArray(new Long[0]), report.forwarded(),
                        report.uri(), report.createdAt()}))
                .map(rows -> report(rows.iterator().next()));
    }

    /** Every report, the latest first, for the node's administrators. */
    public Future<PagedResult<AccountReport>> page(Page page) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM reports WHERE TRUE" + PageSql.clause(page, "id", 1))
                .execute(PageSql.params(page, Tuple.tuple()))
                .map(rows -> {
                    List<AccountReport> reports = new ArrayList<>();
                    rows.forEach(row -> reports.add(report(row)));
                    return PagedResult.of(page, reports, reports.stream().map(AccountReport::id).toList());
                });
    }

    private static AccountReport report(Row row) {
        Long[] rules = row.getArrayOfLongs("rule_ids");
        return new AccountReport(row.getLong("id"), row.getLong("account_id"), row.getLong("target_account_id"),
                Arrays.asList(row.getArrayOfLongs("status_ids")), row.getString("comment"), row.getString("category"),
                rules == null ? null : Arrays.asList(rules), row.getBoolean("forwarded"), row.getString("uri"),
                row.getOffsetDateTime("created_at"));
    }
}
