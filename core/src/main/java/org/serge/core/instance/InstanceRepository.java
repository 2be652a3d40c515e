package org.serge.core.instance;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;

/** SQL for what a node says about itself: its counts and the servers it knows (its peers). */
public final class InstanceRepository {

    private final Pool pool;

    public InstanceRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<InstanceStats> stats() {
        return pool.query("SELECT (SELECT count(*) FROM users),"
                        + " (SELECT count(*) FROM statuses WHERE local AND reblog_of_id IS NULL),"
                        + " (SELECT count(DISTINCT lower(domain)) FROM accounts WHERE domain IS NOT NULL)")
                .execute()
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new InstanceStats(row.getLong(0), row.getLong(1), row.getLong(2));
                });
    }

    /** Every domain this node knows an account of, in alphabetical order, blocked domains left out. */
    public Future<List<String>> peers() {
        return pool.query("SELECT DISTINCT lower(a.domain) AS d FROM accounts a WHERE a.domain IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM domain_blocks b WHERE b.domain = lower(a.domain))"
                        + " ORDER BY d")
                .execute()
                .map(rows -> {
                    List<String> domains = new ArrayList<>();
                    rows.forEach(row -> domains.add(row.getString(0)));
                    return domains;
                });
    }
}
