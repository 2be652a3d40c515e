package org.serge.core.moderation;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRowMapper;
import org.serge.core.id.Snowflake;
import org.serge.core.paging.PageSql;
import org.serge.core.paging.PagedResult;
import org.serge.core.timeline.Page;

/** SQL over the domains members block (account_domain_blocks). Domains are stored lower-case. */
public final class AccountDomainBlockRepository {

    private final Pool pool;

    public AccountDomainBlockRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Void> block(long accountId, String domain) {
        return pool.preparedQuery("INSERT INTO account_domain_blocks (id, account_id, domain) VALUES ($1, $2, $3)"
                        + " ON CONFLICT DO NOTHING")
                .execute(Tuple.of(Snowflake.next(), accountId, domain))
                .mapEmpty();
    }

    public Future<Void> unblock(long accountId, String domain) {
        return pool.preparedQuery("DELETE FROM account_domain_blocks WHERE account_id = $1 AND domain = $2")
                .execute(Tuple.of(accountId, domain))
                .mapEmpty();
    }

    /** The member's blocked domains, the latest block first, paged by the block's id. */
    public Future<PagedResult<String>> page(long accountId, Page page) {
        return pool.preparedQuery("SELECT id, domain FROM account_domain_blocks WHERE account_id = $1"
                        + PageSql.clause(page, "id", 2))
                .execute(PageSql.params(page, Tuple.of(accountId)))
                .map(rows -> {
                    List<String> domains = new ArrayList<>();
                    List<Long> keys = new ArrayList<>();
                    rows.forEach(row -> {
                        keys.add(row.getLong("id"));
                        domains.add(row.getString("domain"));
                    });
                    return PagedResult.of(page, domains, keys);
                });
    }

    /** The accounts of the domain the member follows or asked to follow. */
    public Future<List<Account>> followedOn(long accountId, String domain) {
        return accounts("SELECT " + AccountRowMapper.ACCOUNT_COLUMNS + " FROM accounts a"
                + " WHERE lower(a.domain) = $2"
                + " AND (EXISTS (SELECT 1 FROM follows f WHERE f.account_id = $1 AND f.target_account_id = a.id)"
                + " OR EXISTS (SELECT 1 FROM follow_requests r WHERE r.account_id = $1"
                + " AND r.target_account_id = a.id))",
                accountId, domain);
    }

    /** The accounts of the domain that follow the member. */
    public Future<List<Account>> followersOn(long accountId, String domain) {
        return accounts("SELECT " + AccountRowMapper.ACCOUNT_COLUMNS + " FROM accounts a"
                + " WHERE lower(a.domain) = $2"
                + " AND EXISTS (SELECT 1 FROM follows f WHERE f.account_id = a.id AND f.target_account_id = $1)",
                accountId, domain);
    }

    /** The accounts of the domain whose follow request to the member is pending. */
    public Future<List<Account>> requestersOn(long accountId, String domain) {
        return accounts("SELECT " + AccountRowMapper.ACCOUNT_COLUMNS + " FROM accounts a"
                + " WHERE lower(a.domain) = $2"
                + " AND EXISTS (SELECT 1 FROM follow_requests r WHERE r.account_id = a.id"
                + " AND r.target_account_id = $1)",
                accountId, domain);
    }

    private Future<List<Account>> accounts(String sql, long accountId, String domain) {
        return pool.preparedQuery(sql).execute(Tuple.of(accountId, domain)).map(rows -> {
            List<Account> found = new ArrayList<>();
            rows.forEach(row -> found.add(AccountRowMapper.account(row)));
            return found;
        });
    }
}
