package org.serge.federation.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.AccountRepository;
import org.serge.federation.net.AddressPolicy;
import org.serge.federation.outgoing.ActorIds;
import org.serge.federation.outgoing.World;
import org.serge.federation.signature.HostSignatureSchemes;
import org.serge.testkit.Fixtures;
import org.serge.testkit.TestDatabase;
import org.serge.testkit.TestDb;

/**
 * Issue 4's fault tests that need no process of their own: a host that fails for a while then recovers, and a
 * host that accepts connections and never answers. (404 and 410 are in {@link DeliveryWorkerTest}; a killed
 * process is {@code KilledNodeDeliveryTest} in the web module.)
 */
@ExtendWith(VertxExtension.class)
@Timeout(120)
class DeliveryFaultTest {

    /** Short backoff, and a breaker that opens after 10 failures for one second only. */
    private static final DeliverySettings FAST = new DeliverySettings(50, 64, 8, Duration.ofMillis(100),
            Duration.ofSeconds(90), Duration.ofSeconds(5), Duration.ofSeconds(30), 1024 * 1024,
            Backoff.fixed(Duration.ofMillis(200)), 100, Duration.ofDays(3), 10, Duration.ofSeconds(1));

    private static Vertx vertx;
    private static TestDb db;
    private static World world;
    private static WorkerExecutor signing;
    private static PgDeliveryQueue queue;
    private final List<String> deployments = new ArrayList<>();
    private final List<Pool> pools = new ArrayList<>();

    @BeforeAll
    static void setUp(Vertx v) {
        vertx = v;
        db = TestDatabase.fresh();
        world = new World(v, db.pool(v)).withFixtures();
        signing = v.createSharedWorkerExecutor("fault-signing", 2);
        queue = new PgDeliveryQueue(v, world.pool);
    }

    @AfterAll
    static void tearDown() {
        signing.close();
    }

    @BeforeEach
    void reset() {
        world.clearQueue();
        world.pool.query("DELETE FROM delivery_hosts").execute().await();
    }

    @AfterEach
    void undeploy() {
        for (String id : deployments) {
            vertx.undeploy(id).await();
        }
        pools.forEach(p -> p.close().await());
    }

    private PgHostAvailability startWorker(DeliverySettings settings) {
        Pool pool = db.pool(vertx);
        pools.add(pool);
        DeliverySigner signer = new DeliverySigner(new AccountRepository(pool), new ActorIds(world.uris), signing,
                Clock.systemUTC());
        InboxPoster poster = new VertxInboxPoster(vertx, AddressPolicy.development(), settings, "test");
        PgHostAvailability availability = new PgHostAvailability(pool);
        deployments.add(vertx.deployVerticle(new DeliveryWorker(new DeliveryStore(pool), signer, poster,
                new HostSignatureSchemes(), settings, new HostCircuitBreaker(settings.breakerFailures(),
                settings.breakerOpen(), Clock.systemUTC()), availability, DeliveryMetrics.NONE)).await());
        return availability;
    }

    private static JsonObject activity(String id) {
        return new JsonObject().put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", "http://serge.test/users/alice#likes/" + id).put("type", "Like")
                .put("actor", "http://serge.test/users/alice").put("object", "https://remote.example/statuses/1");
    }

    private static void await(String what, long millis, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** An HTTP inbox that records the activity ids it accepted; {@code status} says what it answers now. */
    private static final class Sink {
        final Set<String> accepted = ConcurrentHashMap.newKeySet();
        final AtomicInteger requests = new AtomicInteger();
        final AtomicInteger refused = new AtomicInteger();
        volatile int status = 202;
        HttpServer server;

        Sink start() {
            server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                requests.incrementAndGet();
                int now = status;
                if (now >= 200 && now < 300) {
                    accepted.add(new JsonObject(body).getString("id"));
                } else {
                    refused.incrementAndGet();
                }
                request.response().setStatusCode(now).end();
            })).listen(0, "127.0.0.1").await();
            return this;
        }

        String inbox() {
            return "http://127.0.0.1:" + server.actualPort() + "/inbox";
        }

        String host() {
            return "127.0.0.1:" + server.actualPort();
        }

        void close() {
            server.close().await();
        }
    }

    @Test
    void aHostAnsweringServerErrorsForAWhileGetsEverythingOnceItRecovers() {
        Sink sink = new Sink().start();
        sink.status = 500;
        int count = 20;
        for (int i = 0; i < count; i++) {
            queue.enqueue(Fixtures.ALICE.id(), activity("flaky-" + i), List.of(sink.inbox())).await();
        }
        long start = System.nanoTime();
        PgHostAvailability availability = startWorker(FAST);
        // 500s for two seconds: every row fails at least once, the breaker opens, and the host is marked failing
        await("failures", 10_000, () -> sink.refused.get() >= count);
        vertxSleep(2_000);
        assertTrue(world.count("SELECT count(*) FROM delivery_hosts WHERE host = $1 AND failing_since IS NOT NULL",
                sink.host()) == 1);
        assertEquals(0, sink.accepted.size());
        sink.status = 202;
        await("every delivery after recovery", 30_000, () -> sink.accepted.size() == count
                && world.count("SELECT count(*) FROM deliveries") == 0);
        System.out.printf("500 for 2 s, then 202: %d refused, %d accepted, all delivered %d ms after start%n",
                sink.refused.get(), sink.accepted.size(), (System.nanoTime() - start) / 1_000_000);
        assertEquals(1, world.count("SELECT count(*) FROM delivery_hosts WHERE host = $1 AND failing_since IS NULL"
                + " AND last_success_at IS NOT NULL AND NOT unavailable", sink.host()));
        assertEquals(false, availability.isUnavailable(sink.host()).await());
        sink.close();
    }

    @Test
    void aHostThatNeverAnswersDoesNotDelayTheOthers() {
        Sink healthy = new Sink().start();
        List<NetSocket> held = new CopyOnWriteArrayList<>();
        NetServer hanging = vertx.createNetServer().connectHandler(socket -> {
            held.add(socket); // accepts, reads nothing back, never answers
            socket.handler(buffer -> { });
        }).listen(0, "127.0.0.1").await();
        String hangingInbox = "http://127.0.0.1:" + hanging.actualPort() + "/inbox";
        int healthyCount = 200;
        startWorker(FAST);

        // alone first: the time the healthy host needs by itself
        long clean = deliverToHealthy(healthy, "clean", healthyCount);

        // then behind 50 deliveries to a host that holds every request it gets
        for (int i = 0; i < 50; i++) {
            queue.enqueue(Fixtures.ALICE.id(), activity("hang-" + i), List.of(hangingInbox)).await();
        }
        await("requests held by the hanging host", 10_000, () -> held.size() >= 8);
        long withHanging = deliverToHealthy(healthy, "hanging", healthyCount);
        System.out.printf("%d deliveries to a healthy host: %d ms alone, %d ms with 50 held by a hanging host"
                + " (%d connections held)%n", healthyCount, clean, withHanging, held.size());
        // relative to the clean run, so that a loaded machine does not fail it, while a worker blocked by the
        // hanging host's 30 s request timeouts still would
        assertTrue(withHanging < clean * 3 + 5_000,
                "healthy deliveries took " + withHanging + " ms, " + clean + " ms alone");
        // the hanging host's rows are still queued: nothing was answered, nothing dropped
        assertEquals(50, world.count("SELECT count(*) FROM deliveries WHERE inbox_url = $1", hangingInbox));
        hanging.close().await();
        healthy.close();
    }

    private long deliverToHealthy(Sink healthy, String prefix, int count) {
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            queue.enqueue(Fixtures.ALICE.id(), activity(prefix + "-" + i), List.of(healthy.inbox())).await();
        }
        await(prefix + " deliveries", 15_000, () -> healthy.accepted.stream().filter(id -> id.contains(prefix + "-"))
                .count() == count);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void vertxSleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
