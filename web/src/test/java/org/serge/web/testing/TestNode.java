package org.serge.web.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.serge.core.config.NodeConfig;
import org.serge.testkit.FixtureAccount;
import org.serge.testkit.FreePorts;
import org.serge.testkit.TestDatabase;
import org.serge.testkit.TestDb;
import org.serge.web.Node;

/** A whole node on a free loopback port, in development mode, on a fresh database of the shared test server. */
public final class TestNode implements AutoCloseable {

    private final Node node;
    private final TestDb db;

    private TestNode(Node node, TestDb db) {
        this.node = node;
        this.db = db;
    }

    public static TestNode start() {
        TestDb db = TestDatabase.fresh();
        int port = FreePorts.next();
        try {
            Path data = Files.createTempDirectory("serge-node-");
            NodeConfig config = new NodeConfig("localhost:" + port, port, data, db.url(), true, "org",
                    "Test Workers' Union", "A union for tests", false);
            return new TestNode(Node.start(config), db);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Inserts fixture members; returns this node for chaining. */
    public TestNode with(FixtureAccount... fixtures) {
        var vertx = io.vertx.core.Vertx.vertx();
        var pool = db.pool(vertx);
        try {
            for (FixtureAccount fixture : fixtures) {
                org.serge.testkit.Fixtures.insert(pool, fixture).toCompletionStage().toCompletableFuture().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("fixture insert failed", e);
        } finally {
            pool.close();
            vertx.close();
        }
        return this;
    }

    public Node node() {
        return node;
    }

    public TestDb db() {
        return db;
    }

    public String domain() {
        return node.config().domain();
    }

    public String baseUrl() {
        return node.config().baseUrl();
    }

    public String url(String path) {
        return baseUrl() + path;
    }

    @Override
    public void close() {
        node.stop();
    }
}
