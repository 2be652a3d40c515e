package org.serge.core.db;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/** Builds the Vert.x PostgreSQL pool for a database. */
public final class Pools {

    private Pools() {
    }

    public static Pool create(Vertx vertx, ConnectionSettings settings, int maxSize) {
        return PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(maxSize).setShared(false))
                .connectingTo(settings.pgConnectOptions())
                .using(vertx)
                .build();
    }
}
