package org.serge.web;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.TimeUnit;
import org.serge.core.config.NodeConfig;
import org.serge.core.db.ConnectionSettings;
import org.serge.core.db.Database;
import org.serge.core.db.Databases;
import org.serge.core.db.Pools;
import org.serge.migrations.Migrations;
import org.serge.web.streaming.EventListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A running node: its database, its Vert.x instance, its services and its HTTP verticles. */
public final class Node {

    private static final Logger LOG = LoggerFactory.getLogger(Node.class);

    private final NodeConfig config;
    private final Database database;
    private final Vertx vertx;
    private final Pool pool;
    private final Wiring wiring;

    private Node(NodeConfig config, Database database, Vertx vertx, Pool pool, Wiring wiring) {
        this.config = config;
        this.database = database;
        this.vertx = vertx;
        this.pool = pool;
        this.wiring = wiring;
    }

    /** Starts a node and returns once it answers healthily; throws when it cannot start. */
    public static Node start(NodeConfig config) {
        long startedAt = System.nanoTime();
        Database database = Databases.forNode(config);
        Vertx vertx = null;
        try {
            ConnectionSettings settings = database.settings();
            int applied = Migrations.migrate(settings.jdbcUrl(), settings.user(), settings.password());
            if (applied > 0) {
                LOG.info("applied {} database migrations", applied);
            }
            vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
            LOG.info("network transport: {}", vertx.isNativeTransportEnabled() ? "native (epoll)" : "Java NIO");
            Vertx started = vertx;
            Pool pool = Pools.create(vertx, settings, 16);
            Wiring wiring = new Wiring(vertx, pool, config);
            int instances = Math.max(1, Runtime.getRuntime().availableProcessors());
            await(wiring.ensureNodeActors()
                    .compose(v -> wiring.deployWorkers())
                    .compose(v -> started.deployVerticle(new EventListener(settings.pgConnectOptions())))
                    .compose(v -> started.deployVerticle(() -> new HttpVerticle(wiring, config.port()),
                            new DeploymentOptions().setInstances(instances)))
                    .compose(id -> wiring.health().check()));
            LOG.info("node {} healthy on port {}, {} ms after start ({} ms after the JVM started)",
                    config.domain(), config.port(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt),
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime());
            return new Node(config, database, vertx, pool, wiring);
        } catch (RuntimeException e) {
            if (vertx != null) {
                vertx.close();
            }
            database.close();
            throw e;
        }
    }

    public NodeConfig config() {
        return config;
    }

    public Wiring wiring() {
        return wiring;
    }

    /** Stops the HTTP server, the pool and, if this process started it, the embedded PostgreSQL. */
    public void stop() {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Vert.x did not close cleanly: {}", e.toString());
        }
        database.close();
        LOG.info("node {} stopped", config.domain());
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } catch (Exception e) {
            throw new IllegalStateException("node did not start", e);
        }
    }
}
