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
        return start(false);
    }

    /** A node that requires signed GETs for ActivityPub documents. */
    public static TestNode startWithAuthorizedFetch() {
        return start(true);
    }

    private static TestNode start(boolean authorizedFetch) {
        TestDb db = TestDatabase.fresh();
        int port = FreePorts.next();
        try {
            Path data = Files.createTempDirectory("serge-node-");
            NodeConfig config = new NodeConfig("localhost:" + port, port, data, db.url(), true, "org",
                    "Test Workers' Union", "A union for tests", authorizedFetch);
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

    /** A number from SQL against the node's database, e.g. {@code count("SELECT count(*) FROM follows")}. */
    public long count(String sql, Object... params) {
        var vertx = io.vertx.core.Vertx.vertx();
        var pool = db.pool(vertx);
        try {
            return pool.preparedQuery(sql).execute(io.vertx.sqlclient.Tuple.from(params))
                    .toCompletionStage().toCompletableFuture().get().iterator().next().getLong(0);
        } catch (Exception e) {
            throw new IllegalStateException("query failed: " + sql, e);
        } finally {
            pool.close();
            vertx.close();
        }
    }

    /** Waits for a future of the node's services, for tests that act as a member. */
    public <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A member of this node, as the services know it. */
    public org.serge.core.account.Account member(String username) {
        return await(node.wiring().accounts().localActor(username)).account();
    }

    /** An account as this node knows it, local or remote, resolving a handle like bob@localhost:1234. */
    public org.serge.core.account.Account resolve(String username, String domain) {
        return await(node.wiring().resolver().resolveHandle(username, domain));
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
