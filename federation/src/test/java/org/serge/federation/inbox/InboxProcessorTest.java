package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class InboxProcessorTest {

    private static final InboxProcessorSettings FAST = new InboxProcessorSettings(2, Duration.ofMillis(100),
            Duration.ofSeconds(30), Duration.ofSeconds(5), 3, Duration.ofMillis(50), 4, Duration.ofDays(7));

    private static InboxTestBed bed;
    private static InboxStore store;

    @BeforeAll
    static void setUp(Vertx vertx) {
        bed = new InboxTestBed(vertx);
        store = new InboxStore(bed.pool);
    }

    @AfterAll
    static void tearDown() {
        bed.close();
    }

    private static void insert(JsonObject activity) {
        InboxTestBed.await(store.insert(activity.getString("id"), activity.getString("actor"),
                activity.getString("type"), activity.encode()));
    }

    private static Row row(String activityId) {
        return InboxTestBed.await(bed.pool.preparedQuery("SELECT processed_at, attempts, last_error"
                + " FROM inbox_activities WHERE activity_id = $1").execute(Tuple.of(activityId))).iterator().next();
    }

    private static void awaitProcessed(String... activityIds) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        for (String id : activityIds) {
            while (row(id).getOffsetDateTime("processed_at") == null) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError(id + " was not processed");
                }
                Thread.sleep(50);
            }
        }
    }

    private static String deploy(InboxProcessor processor) {
        return InboxTestBed.await(bed.vertx.deployVerticle(processor));
    }

    @Test
    void rowsStoredBeforeTheProcessorStartsAreProcessedInOrderAndUnknownTypesIgnored() throws Exception {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        JsonObject follow = new JsonObject().put("id", rita.uri() + "/f/1").put("type", "Follow")
                .put("actor", rita.uri()).put("object", bed.actorUri("alice"));
        JsonObject undo = new JsonObject().put("id", rita.uri() + "/u/1").put("type", "Undo")
                .put("actor", rita.uri()).put("object", follow);
        JsonObject again = follow.copy().put("id", rita.uri() + "/f/2");
        JsonObject unknown = new JsonObject().put("id", rita.uri() + "/x/1").put("type", "Listen")
                .put("actor", rita.uri()).put("object", "https://remote.example/songs/1");
        insert(follow);
        insert(undo);
        insert(again);
        insert(unknown);

        // as after a restart: the processor starts with work waiting
        String deployment = deploy(new InboxProcessor(store, bed.codec, bed.handlers.registry(), bed.lookup, FAST));
        awaitProcessed(follow.getString("id"), undo.getString("id"), again.getString("id"), unknown.getString("id"));
        InboxTestBed.await(bed.vertx.undeploy(deployment));

        assertEquals(1, bed.count("SELECT count(*) FROM follows WHERE account_id = $1 AND uri = $2",
                rita.account().id(), again.getString("id")));
        assertNull(row(unknown.getString("id")).getString("last_error"));
        assertNull(row(follow.getString("id")).getString("last_error"));
    }

    @Test
    void aFailingHandlerIsRetriedThenGivenUpWithItsError() throws Exception {
        RemoteUser sam = bed.remote("https://remote.example/users/sam");
        JsonObject like = new JsonObject().put("id", sam.uri() + "/l/1").put("type", "Like")
                .put("actor", sam.uri()).put("object", "https://serge.test/users/alice/statuses/1");
        ActivityHandlerRegistry failing = new ActivityHandlerRegistry(Map.of("Like",
                (ctx, activity, raw) -> {
                    throw new IllegalStateException("boom");
                }));
        insert(like);
        String deployment = deploy(new InboxProcessor(store, bed.codec, failing, bed.lookup, FAST));
        awaitProcessed(like.getString("id"));
        InboxTestBed.await(bed.vertx.undeploy(deployment));

        Row row = row(like.getString("id"));
        assertEquals(3, row.getInteger("attempts"));
        assertTrue(row.getString("last_error").contains("boom"));
    }

    @Test
    void aReceiveWakesTheProcessor() throws Exception {
        RemoteUser tom = bed.remote("https://remote.example/users/tom");
        InboxProcessorSettings slowPolling = new InboxProcessorSettings(2, Duration.ofHours(1),
                Duration.ofSeconds(30), Duration.ofSeconds(5), 3, Duration.ofMillis(50), 4, Duration.ofDays(7));
        String deployment = deploy(new InboxProcessor(store, bed.codec, bed.handlers.registry(), bed.lookup,
                slowPolling));
        JsonObject block = new JsonObject().put("id", tom.uri() + "/b/1").put("type", "Block")
                .put("actor", tom.uri()).put("object", bed.actorUri("bob"));
        insert(block);
        bed.vertx.eventBus().publish(InboxProcessor.WAKE_ADDRESS, null);
        awaitProcessed(block.getString("id"));
        InboxTestBed.await(bed.vertx.undeploy(deployment));

        assertEquals(1, bed.count("SELECT count(*) FROM blocks WHERE account_id = $1", tom.account().id()));
    }

    @Test
    void oneActorsRowsKeepTheirOrderWhileAnotherActorsGoOnMeanwhile() throws Exception {
        RemoteUser slow = bed.remote("https://remote.example/users/slow");
        RemoteUser quick = bed.remote("https://remote.example/users/quick");
        List<String> handled = Collections.synchronizedList(new ArrayList<>());
        Promise<Void> release = Promise.promise();
        ActivityHandlerRegistry recording = new ActivityHandlerRegistry(Map.of("Like", (ctx, activity, raw) -> {
            String id = raw.getString("id");
            if (!id.contains("/slow/") && !id.contains("/quick/")) {
                return Future.succeededFuture();
            }
            // the slow actor's first Like waits until the quick actor's Likes are all done
            Future<Void> wait = id.endsWith("/slow/l/1") ? release.future() : Future.succeededFuture();
            return wait.onSuccess(v -> handled.add(id));
        }));
        for (String activity : List.of("slow/l/1", "slow/l/2", "quick/l/1", "quick/l/2", "slow/l/3")) {
            String actor = activity.startsWith("slow") ? slow.uri() : quick.uri();
            insert(new JsonObject().put("id", "https://remote.example/users/" + activity).put("type", "Like")
                    .put("actor", actor).put("object", "https://serge.test/users/alice/statuses/1"));
        }
        InboxProcessorSettings batchOfFive = new InboxProcessorSettings(5, Duration.ofMillis(100),
                Duration.ofSeconds(30), Duration.ofSeconds(5), 3, Duration.ofMillis(50), 4, Duration.ofDays(7));
        String deployment = deploy(new InboxProcessor(store, bed.codec, recording, bed.lookup, batchOfFive));
        awaitProcessed("https://remote.example/users/quick/l/2");
        bed.vertx.runOnContext(v -> release.complete());
        awaitProcessed("https://remote.example/users/slow/l/3");
        InboxTestBed.await(bed.vertx.undeploy(deployment));

        assertEquals(List.of("https://remote.example/users/quick/l/1", "https://remote.example/users/quick/l/2",
                "https://remote.example/users/slow/l/1", "https://remote.example/users/slow/l/2",
                "https://remote.example/users/slow/l/3"), handled);
    }

    @Test
    void processedRowsAreForgottenAfterTheirTimeAndPendingOnesNever() {
        RemoteUser old = bed.remote("https://remote.example/users/old");
        JsonObject done = new JsonObject().put("id", old.uri() + "/done").put("type", "Like").put("actor", old.uri());
        JsonObject pending = done.copy().put("id", old.uri() + "/pending");
        JsonObject recent = done.copy().put("id", old.uri() + "/recent");
        insert(done);
        insert(pending);
        insert(recent);
        InboxTestBed.await(bed.pool.preparedQuery("UPDATE inbox_activities SET processed_at = now() - interval '8 days'"
                + " WHERE activity_id = $1").execute(Tuple.of(done.getString("id"))));
        InboxTestBed.await(bed.pool.preparedQuery("UPDATE inbox_activities SET processed_at = now() - interval '6 days'"
                + " WHERE activity_id = $1").execute(Tuple.of(recent.getString("id"))));

        assertEquals(1, InboxTestBed.await(store.forgetProcessed(Duration.ofDays(7))).intValue());
        assertEquals(0, bed.count("SELECT count(*) FROM inbox_activities WHERE activity_id = $1", done.getString("id")));
        assertEquals(2, bed.count("SELECT count(*) FROM inbox_activities WHERE activity_id LIKE $1", old.uri() + "/%"));
    }

    @Test
    void anUndeployedProcessorClaimsNothingMore() throws Exception {
        RemoteUser busy = bed.remote("https://remote.example/users/busy");
        ActivityHandlerRegistry slow = new ActivityHandlerRegistry(Map.of("Like", (ctx, activity, raw) -> {
            Promise<Void> later = Promise.promise();
            bed.vertx.setTimer(50, t -> later.complete());
            return later.future();
        }));
        for (int i = 0; i < 20; i++) {
            insert(new JsonObject().put("id", busy.uri() + "/busy/" + i).put("type", "Like").put("actor", busy.uri())
                    .put("object", "https://serge.test/users/alice/statuses/1"));
        }
        String deployment = deploy(new InboxProcessor(store, bed.codec, slow, bed.lookup, FAST));
        awaitProcessed(busy.uri() + "/busy/0");
        InboxTestBed.await(bed.vertx.undeploy(deployment));
        Thread.sleep(500);
        long afterStop = bed.count("SELECT count(*) FROM inbox_activities WHERE activity_id LIKE $1"
                + " AND processed_at IS NOT NULL", busy.uri() + "/busy/%");
        Thread.sleep(1000);
        assertEquals(afterStop, bed.count("SELECT count(*) FROM inbox_activities WHERE activity_id LIKE $1"
                + " AND processed_at IS NOT NULL", busy.uri() + "/busy/%"));
        assertTrue(afterStop < 20, "still processing after it was undeployed");
    }
}
