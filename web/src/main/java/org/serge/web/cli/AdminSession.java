package org.serge.web.cli;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.serge.core.config.NodeConfig;
import org.serge.core.db.Database;
import org.serge.core.db.Databases;
import org.serge.core.db.Pools;
import org.serge.core.error.ServiceException;
import org.serge.migrations.Migrations;
import org.serge.web.Wiring;

/**
 * The frame of an admin command: the node's database (the running node's embedded server when there is one),
 * its schema brought up to date, the services, one piece of work, and everything closed again.
 */
final class AdminSession {

    private AdminSession() {
    }

    static int run(NodeConfig config, java.io.PrintWriter err, Function<Wiring, Future<Integer>> work) {
        try (Database database = Databases.forAdminCommand(config)) {
            var settings = database.settings();
            Migrations.migrate(settings.jdbcUrl(), settings.user(), settings.password());
            Vertx vertx = Vertx.vertx();
            Pool pool = Pools.create(vertx, settings, 2);
            try {
                return work.apply(new Wiring(vertx, pool, config))
                        .toCompletionStage().toCompletableFuture().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                err.println(cause instanceof ServiceException ? cause.getMessage()
                        : "failed: " + cause.getMessage());
                return 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            } finally {
                pool.close();
                vertx.close();
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }
}
