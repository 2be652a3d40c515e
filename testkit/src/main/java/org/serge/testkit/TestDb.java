package org.serge.testkit;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;

/** One test database: its coordinates, as a DATABASE_URL and as a Vert.x pool. */
public record TestDb(String host, int port, String database, String user, String password) {

    /** The form the node's DATABASE_URL takes. */
    public String url() {
        return "postgres://" + user + ":" + password + "@" + host + ":" + port + "/" + database;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public Pool pool(Vertx vertx) {
        return PgBuilder.pool()
                .with(new PoolOptions().setMaxSize(4))
                .connectingTo(new PgConnectOptions().setHost(host).setPort(port).setDatabase(database)
                        .setUser(user).setPassword(password))
                .using(vertx)
                .build();
    }
}
