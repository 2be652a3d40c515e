package org.serge.federation.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.federation.outgoing.World;
import org.serge.testkit.Fixtures;
import org.serge.testkit.TestDatabase;

@ExtendWith(VertxExtension.class)
@Timeout(60)
class PgHostAvailabilityTest {

    private static World world;
    private static PgDeliveryQueue queue;
    private PgHostAvailability availability;

    @BeforeAll
    static void setUp(Vertx v) {
        world = new World(v, TestDatabase.fresh().pool(v)).withFixtures();
        queue = new PgDeliveryQueue(v, world.pool);
    }

    @BeforeEach
    void reset() {
        world.clearQueue();
        world.pool.query("DELETE FROM delivery_hosts").execute().await();
        availability = new PgHostAvailability(world.pool, PgHostAvailability.SEVEN_DAYS, Clock.systemUTC());
    }

    private static JsonObject activity(String id) {
        return new JsonObject().put("id", "http://serge.test/users/alice#likes/" + id).put("type", "Like")
                .put("actor", "http://serge.test/users/alice").put("object", "https://remote.example/statuses/1");
    }

    private void failingForEightDays(String host) {
        world.pool.preparedQuery("UPDATE delivery_hosts SET failing_since = now() - interval '8 days' WHERE host = $1")
                .execute(io.vertx.sqlclient.Tuple.of(host)).await();
    }

    @Test
    void aFailureStartsTheClockAndASuccessStopsIt() {
        assertFalse(availability.failed("down.example").await());
        assertEquals(1, world.count("SELECT count(*) FROM delivery_hosts WHERE host = 'down.example'"
                + " AND failing_since IS NOT NULL AND NOT unavailable"));
        assertFalse(availability.failed("down.example").await());
        availability.succeeded("down.example").await();
        assertEquals(1, world.count("SELECT count(*) FROM delivery_hosts WHERE host = 'down.example'"
                + " AND failing_since IS NULL AND last_success_at IS NOT NULL"));
    }

    @Test
    void sevenDaysOfFailuresMakeAHostUnavailableAndDropItsDeliveries() {
        queue.enqueue(Fixtures.ALICE.id(), activity("1"),
                List.of("https://down.example/inbox", "https://up.example/inbox")).await();
        assertFalse(availability.failed("down.example").await());
        failingForEightDays("down.example");
        // a fresh process (no cached state) sees the 8 days
        PgHostAvailability other = new PgHostAvailability(world.pool);
        assertTrue(other.failed("down.example").await());
        assertTrue(other.isUnavailable("down.example").await());
        assertEquals(List.of("https://up.example/inbox"), world.inboxes());

        // nothing is queued for it any more
        queue.enqueue(Fixtures.ALICE.id(), activity("2"),
                List.of("https://down.example/inbox", "https://up.example/inbox")).await();
        assertEquals(0, world.count("SELECT count(*) FROM deliveries WHERE host = 'down.example'"));
        assertEquals(2, world.count("SELECT count(*) FROM deliveries WHERE host = 'up.example'"));
    }

    @Test
    void aSignedRequestFromTheHostRevivesIt() {
        assertFalse(availability.failed("down.example").await());
        failingForEightDays("down.example");
        assertTrue(new PgHostAvailability(world.pool).failed("down.example").await());

        PgHostAvailability receiving = new PgHostAvailability(world.pool);
        receiving.refresh().await();
        receiving.revive("elsewhere.example").await();
        assertTrue(receiving.isUnavailable("down.example").await());
        receiving.revive("down.example").await();
        assertFalse(receiving.isUnavailable("down.example").await());
        assertEquals(1, world.count("SELECT count(*) FROM delivery_hosts WHERE host = 'down.example'"
                + " AND failing_since IS NULL"));
        queue.enqueue(Fixtures.ALICE.id(), activity("3"), List.of("https://down.example/inbox")).await();
        assertEquals(1, world.count("SELECT count(*) FROM deliveries WHERE host = 'down.example'"));
    }

    @Test
    void aSuccessfulDeliveryRevivesItToo() {
        assertFalse(availability.failed("down.example").await());
        failingForEightDays("down.example");
        assertTrue(new PgHostAvailability(world.pool).failed("down.example").await());
        new PgHostAvailability(world.pool).succeeded("down.example").await();
        assertFalse(availability.isUnavailable("down.example").await());
    }

    @Test
    void deliveryStatsListQueuedAndUnavailableHosts() {
        queue.enqueue(Fixtures.ALICE.id(), activity("4"),
                List.of("https://a.example/inbox", "https://a.example/users/x/inbox", "https://b.example/inbox"))
                .await();
        assertFalse(availability.failed("gone.example").await());
        failingForEightDays("gone.example");
        assertTrue(new PgHostAvailability(world.pool).failed("gone.example").await());
        DeliveryQueueStats stats = new DeliveryQueueStats(world.pool);
        List<HostQueue> hosts = stats.byHost(10).await();
        assertEquals(List.of("a.example", "b.example", "gone.example"), hosts.stream().map(HostQueue::host).toList());
        assertEquals(2, hosts.get(0).queued());
        assertEquals(0, hosts.get(0).maxAttempts());
        assertTrue(hosts.get(0).oldestNextAttempt() != null);
        assertTrue(hosts.get(2).unavailable());
        assertEquals(0, hosts.get(2).queued());
        assertEquals(3, stats.totals().await().queued());
    }
}
