package org.serge.federation.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.federation.outgoing.World;
import org.serge.testkit.Fixtures;
import org.serge.testkit.TestDatabase;
import org.serge.testkit.TestDb;

@ExtendWith(VertxExtension.class)
class PgDeliveryQueueTest {

    private static final JsonObject ACTIVITY = new JsonObject().put("id", "https://serge.test/a/1").put("type", "Like");

    private static World world;
    private static Pool otherPool;
    private static PgDeliveryQueue queue;
    private static Vertx vertx;

    @BeforeAll
    static void setUp(Vertx v) {
        vertx = v;
        TestDb db = TestDatabase.fresh();
        world = new World(v, db.pool(v)).withFixtures();
        otherPool = db.pool(v);
        queue = new PgDeliveryQueue(v, world.pool);
    }

    @BeforeEach
    void empty() {
        world.clearQueue();
    }

    @Test
    void oneActivityRowAndOneDeliveryPerInboxAreCommittedBeforeTheFutureCompletes() {
        queue.enqueue(Fixtures.ALICE.id(), ACTIVITY, List.of("https://remote.example/inbox",
                "https://Other.Example:8443/users/x/inbox", "https://remote.example/inbox")).await();
        // read through another pool: committed, not just visible to the connection that wrote
        List<Row> rows = otherPool.query("SELECT d.inbox_url, d.host, d.attempts, d.claimed_until, a.payload,"
                        + " a.signer_account_id FROM deliveries d JOIN outgoing_activities a ON a.id = d.activity_id"
                        + " ORDER BY d.inbox_url").execute().await().stream().toList();
        assertEquals(2, rows.size());
        assertEquals("https://Other.Example:8443/users/x/inbox", rows.get(0).getString("inbox_url"));
        assertEquals("other.example:8443", rows.get(0).getString("host"));
        assertEquals("remote.example", rows.get(1).getString("host"));
        for (Row row : rows) {
            assertEquals(ACTIVITY, new JsonObject(row.getString("payload")));
            assertEquals(Fixtures.ALICE.id(), row.getLong("signer_account_id"));
            assertEquals(0, row.getInteger("attempts"));
            assertEquals(null, row.getValue("claimed_until"));
        }
        assertEquals(1, world.count("SELECT count(*) FROM outgoing_activities"));
    }

    @Test
    void noInboxesNoRows() {
        queue.enqueue(Fixtures.ALICE.id(), ACTIVITY, List.of()).await();
        queue.enqueue(Fixtures.ALICE.id(), ACTIVITY, List.of("ftp://x.example/inbox", "not a url")).await();
        assertEquals(0, world.count("SELECT count(*) FROM outgoing_activities"));
        assertEquals(0, world.count("SELECT count(*) FROM deliveries"));
    }

    @Test
    void enqueueingWakesWorkersOfThisProcess() throws InterruptedException {
        CountDownLatch woken = new CountDownLatch(1);
        vertx.eventBus().localConsumer(DeliveryQueue.WAKE_ADDRESS, m -> woken.countDown()).completion().await();
        queue.enqueue(Fixtures.ALICE.id(), ACTIVITY, List.of("https://remote.example/inbox")).await();
        assertTrue(woken.await(5, TimeUnit.SECONDS));
    }

    @Test
    void aPostsRowsInterleaveTheirHostsInQueueOrder() {
        queue.enqueue(Fixtures.ALICE.id(), ACTIVITY, List.of("https://a.example/users/1/inbox",
                "https://a.example/users/2/inbox", "https://a.example/users/3/inbox", "https://b.example/users/1/inbox",
                "https://c.example/users/1/inbox", "https://c.example/users/2/inbox")).await();
        List<String> hosts = otherPool.query("SELECT host FROM deliveries ORDER BY next_attempt_at, id").execute()
                .await().stream().map(row -> row.getString(0)).toList();
        assertEquals(List.of("a.example", "b.example", "c.example", "a.example", "c.example", "a.example"), hosts);
    }

    @Test
    void finishedRowsGoInGroupsAndTheActivityWithTheLast() {
        queue.enqueue(Fixtures.ALICE.id(), ACTIVITY, List.of("https://a.example/1", "https://a.example/2",
                "https://b.example/1")).await();
        DeliveryStore store = new DeliveryStore(world.pool);
        List<Long> ids = otherPool.query("SELECT id FROM deliveries ORDER BY id").execute().await().stream()
                .map(row -> row.getLong(0)).toList();
        io.vertx.core.Future.all(store.finish(ids.get(0)), store.finish(ids.get(1))).await();
        assertEquals(1, world.count("SELECT count(*) FROM deliveries"));
        assertEquals(1, world.count("SELECT count(*) FROM outgoing_activities"));
        store.finish(ids.get(2)).await();
        assertEquals(0, world.count("SELECT count(*) FROM deliveries"));
        assertEquals(0, world.count("SELECT count(*) FROM outgoing_activities"));
    }
}
