package org.serge.core.health;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import org.serge.core.error.ServiceException;

/** Whether the node can do its work: today, whether PostgreSQL answers. */
public final class HealthCheck {

    private final Pool pool;

    public HealthCheck(Pool pool) {
        this.pool = pool;
    }

    public Future<Void> check() {
        return pool.query("SELECT 1").execute()
                .<Void>mapEmpty()
                .recover(error -> Future.failedFuture(new ServiceException(503, "database unavailable")));
    }
}
