package org.serge.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.serge.core.account.Account;
import org.serge.core.config.NodeConfig;
import org.serge.testkit.Fixtures;
import org.serge.testkit.FreePorts;
import org.serge.testkit.TestDatabase;
import org.serge.testkit.TestDb;
import org.serge.web.Node;

/**
 * A whole node started in this JVM as {@code ./serge run --dev} would start it (its own Vert.x, pool, HTTP verticles,
 * delivery worker and inbox processor), on a fresh database of the test kit's embedded PostgreSQL, with the member
 * alice. The benchmark's own SQL (setting the scene) goes through a separate pool on a separate Vert.x.
 */
final class BenchNode implements AutoCloseable {

    /** Said in every benchmark's output: the test kit's PostgreSQL trades durability for speed. */
    static final String DATABASE = "embedded PostgreSQL from the test kit, fsync=off, synchronous_commit=off,"
            + " full_page_writes=off";

    final Node node;
    final TestDb db;
    final Vertx benchVertx;
    final Pool pool;

    private BenchNode(Node node, TestDb db, Vertx benchVertx, Pool pool) {
        this.node = node;
        this.db = db;
        this.benchVertx = benchVertx;
        this.pool = pool;
    }

    static BenchNode start() {
        TestDb db = TestDatabase.fresh();
        int port = FreePorts.next();
        NodeConfig config;
        try {
            config = new NodeConfig("localhost:" + port, port, Files.createTempDirectory("serge-bench-"), db.url(),
                    true, "org", "Benchmark Workers' Union", "", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Node node = Node.start(config);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
        Pool pool = db.pool(vertx);
        await(Fixtures.insert(pool, Fixtures.ALICE));
        if (Boolean.getBoolean(TestDatabase.STATEMENTS_PROPERTY)) {
            await(pool.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements").execute());
        }
        return new BenchNode(node, db, vertx, pool);
    }

    int port() {
        return node.config().port();
    }

    String url(String path) {
        return node.config().baseUrl() + path;
    }

    Account alice() {
        return await(node.wiring().accounts().localActor("alice")).account();
    }

    /** The tables most read by sequential scans so far: a query without a fitting index shows up here. */
    String sequentialScans() {
        List<String> tables = new ArrayList<>();
        for (Row row : await(pool.query("SELECT relname, seq_scan, seq_tup_read FROM pg_stat_user_tables"
                + " WHERE seq_tup_read > 0 ORDER BY seq_tup_read DESC LIMIT 6").execute())) {
            tables.add(row.getString(0) + " " + row.getLong(1) + " scans, " + row.getLong(2) + " rows");
        }
        return tables.isEmpty() ? "none" : String.join("; ", tables);
    }

    /** Forgets the statement statistics so far (when pg_stat_statements is loaded). */
    void resetStatements() {
        if (Boolean.getBoolean(TestDatabase.STATEMENTS_PROPERTY)) {
            await(pool.query("SELECT pg_stat_statements_reset()").execute());
        }
    }

    /**
     * The statements that took most of PostgreSQL's time since the last reset, when the benchmark runs with
     * {@code -Dserge.testdb.statements=true}: where the database's share of the CPU goes.
     */
    void printStatements(long perUnits, String unit) {
        if (!Boolean.getBoolean(TestDatabase.STATEMENTS_PROPERTY)) {
            return;
        }
        System.out.println("  statements by PostgreSQL time (total ms, calls, rows, us per " + unit + "):");
        for (Row row : await(pool.query("SELECT total_exec_time, calls, rows, query FROM pg_stat_statements"
                + " WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())"
                + " ORDER BY total_exec_time DESC LIMIT 10").execute())) {
            String query = row.getString(3).replaceAll("\\s+", " ");
            System.out.printf("    %8.0f %8d %8d %7.1f  %s%n", row.getDouble(0), row.getLong(1), row.getLong(2),
                    row.getDouble(0) * 1000 / perUnits, query.length() > 150 ? query.substring(0, 150) : query);
        }
    }

    long count(String sql) {
        return await(pool.query(sql).execute()).iterator().next().getLong(0);
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(10, TimeUnit.MINUTES);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        pool.close();
        benchVertx.close();
        node.stop();
    }
}
