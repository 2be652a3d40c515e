package org.serge.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.serge.migrations.Migrations;

/**
 * One embedded PostgreSQL per test JVM. A template database is migrated once; every {@link #fresh()} call
 * copies it into a new database (a file copy inside PostgreSQL, a few tens of milliseconds), so each test class
 * starts on an empty, fully migrated schema without running Flyway again.
 */
public final class TestDatabase {

    /** When true, the server loads pg_stat_statements (the benchmarks print the statements that cost most). */
    public static final String STATEMENTS_PROPERTY = "serge.testdb.statements";

    private static final String TEMPLATE = "serge_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    /** A new, migrated, empty database. */
    public static synchronized TestDb fresh() {
        EmbeddedPostgres pg = server();
        String name = "serge_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute(pg, "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return new TestDb("localhost", pg.getPort(), name, "postgres", "");
    }

    /** The port of the shared server, for tests that create databases of their own. */
    public static synchronized int port() {
        return server().getPort();
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300");
                if (Boolean.getBoolean(STATEMENTS_PROPERTY)) {
                    builder.setServerConfig("shared_preload_libraries", "pg_stat_statements");
                }
                server = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("embedded PostgreSQL did not start", e);
            }
            execute(server, "CREATE DATABASE " + TEMPLATE);
            Migrations.migrate("jdbc:postgresql://localhost:" + server.getPort() + "/" + TEMPLATE, "postgres", "");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }));
        }
        return server;
    }

    private static void execute(EmbeddedPostgres pg, String sql) {
        try (Connection connection = pg.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database statement failed: " + sql, e);
        }
    }
}
