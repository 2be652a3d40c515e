package org.serge.web.ops;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/** Whether a local account is an administrator (the users.admin flag). */
public final class Admins {

    private final Pool pool;

    public Admins(Pool pool) {
        this.pool = pool;
    }

    public Future<Boolean> isAdmin(long accountId) {
        return pool.preparedQuery("SELECT admin FROM users WHERE account_id = $1").execute(Tuple.of(accountId))
                .map(rows -> rows.size() > 0 && Boolean.TRUE.equals(rows.iterator().next().getBoolean(0)));
    }
}
