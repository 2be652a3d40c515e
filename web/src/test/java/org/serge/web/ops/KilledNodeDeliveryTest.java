package org.serge.web.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.serge.federation.delivery.PgDeliveryQueue;
import org.serge.testkit.Fixtures;
import org.serge.testkit.FreePorts;
import org.serge.testkit.TestDatabase;
import org.serge.testkit.TestDb;

/**
 * Issue 4's first fault test, with real processes: a node (a child JVM on the test classpath) is killed with
 * SIGKILL while thousands of deliveries are queued, a new one is started on the same database, and every delivery
 * arrives. Duplicates are allowed (at-least-once: a row whose claimer died mid-request is sent again); losses are
 * not. The child's claims last 3 s ({@code SERGE_DELIVERY_CLAIM_SECONDS}) so that the dead one's rows come back
 * quickly.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class KilledNodeDeliveryTest {

    private static final int ACTIVITIES = 1_000;
    private static final int HOSTS = 3;
    private static final int TOTAL = ACTIVITIES * HOSTS;

    @Test
    void everyQueuedDeliveryArrivesAfterTheNodeIsKilledAndRestarted() throws Exception {
        TestDb db = TestDatabase.fresh();
        Vertx vertx = Vertx.vertx();
        Pool pool = db.pool(vertx);
        List<Process> children = new ArrayList<>();
        try {
            Fixtures.insert(pool, Fixtures.ALICE).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);

            Set<String> arrived = ConcurrentHashMap.newKeySet();
            AtomicInteger requests = new AtomicInteger();
            List<String> inboxes = new ArrayList<>();
            for (int i = 0; i < HOSTS; i++) {
                HttpServer sink = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                    requests.incrementAndGet();
                    arrived.add(request.localAddress().port() + " " + new JsonObject(body).getString("id"));
                    request.response().setStatusCode(202).end();
                })).listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
                inboxes.add("http://127.0.0.1:" + sink.actualPort() + "/inbox");
            }

            int port = FreePorts.next();
            long enqueueStart = System.nanoTime();
            PgDeliveryQueue queue = new PgDeliveryQueue(vertx, pool);
            List<Future<Void>> enqueued = new ArrayList<>();
            for (int i = 0; i < ACTIVITIES; i++) {
                JsonObject activity = new JsonObject().put("@context", "https://www.w3.org/ns/activitystreams")
                        .put("id", "http://localhost:" + port + "/users/alice#kill/" + i).put("type", "Like")
                        .put("actor", "http://localhost:" + port + "/users/alice")
                        .put("object", "https://remote.example/statuses/" + i);
                enqueued.add(queue.enqueue(Fixtures.ALICE.id(), activity, inboxes));
            }
            Future.all(enqueued).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            long enqueueMillis = millisSince(enqueueStart);
            assertEquals(TOTAL, count(pool, "SELECT count(*) FROM deliveries"));

            long start = System.nanoTime();
            Process first = startNode(db, port, "first");
            children.add(first);
            await("the first node to deliver some", 90_000, () -> arrived.size() >= 300 || !first.isAlive());
            assertTrue(first.isAlive(), "the first node died by itself; see its log");
            first.destroyForcibly(); // SIGKILL
            assertTrue(first.waitFor(20, TimeUnit.SECONDS));
            long killedAt = millisSince(start);
            int atKill = arrived.size();
            Thread.sleep(200); // responses already on the wire
            long left = count(pool, "SELECT count(*) FROM deliveries");
            long claimedByTheDead = count(pool, "SELECT count(*) FROM deliveries WHERE claimed_until > now()");
            assertTrue(left > 0, "everything was delivered before the kill; the test proves nothing");

            long restart = System.nanoTime();
            Process second = startNode(db, port, "second");
            children.add(second);
            await("every delivery", 120_000, () -> arrived.size() == TOTAL || !second.isAlive());
            assertTrue(second.isAlive(), "the second node died; see its log");
            await("the queue to empty", 30_000, () -> count(pool, "SELECT count(*) FROM deliveries") == 0);

            System.out.printf("killed node: %d deliveries enqueued in %d ms; %d arrived before SIGKILL at %d ms,"
                            + " %d rows left (%d claimed by the dead process); the second node delivered the rest in"
                            + " %d ms; %d requests for %d deliveries (%d duplicates), none lost%n",
                    TOTAL, enqueueMillis, atKill, killedAt, left, claimedByTheDead, millisSince(restart),
                    requests.get(), TOTAL, requests.get() - TOTAL);
            assertEquals(TOTAL, arrived.size());
        } finally {
            for (Process child : children) {
                child.destroyForcibly();
                child.waitFor(20, TimeUnit.SECONDS);
            }
            pool.close();
            vertx.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        }
    }

    /** {@code java -cp <test classpath> org.serge.web.Main run ...} on the test database, its output to a file. */
    private static Process startNode(TestDb db, int port, String name) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path data = Files.createTempDirectory("serge-killed-");
        File log = Files.createTempFile("serge-killed-" + name + "-", ".log").toFile();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-cp", classpath, "org.serge.web.Main", "run",
                "--dev", "--port", String.valueOf(port), "--domain", "localhost:" + port,
                "--data", data.toString(), "--database-url", db.url())
                .redirectErrorStream(true)
                .redirectOutput(log);
        builder.environment().put("SERGE_DELIVERY_CLAIM_SECONDS", "3");
        System.out.println("node " + name + " logs to " + log);
        return builder.start();
    }

    private static long count(Pool pool, String sql) {
        try {
            return pool.query(sql).execute().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS)
                    .iterator().next().getLong(0);
        } catch (Exception e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static void await(String what, long millis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
