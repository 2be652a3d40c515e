package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The grouped inserts: many receipts at once, duplicates among them, and a row the database refuses. */
@ExtendWith(VertxExtension.class)
class InboxStoreTest {

    private static final String ACTOR = "https://remote.example/users/rita";

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

    private static Future<Boolean> insert(String id) {
        String payload = new JsonObject().put("id", id).put("type", "Like").put("actor", ACTOR).encode();
        return store.insert(id, ACTOR, "Like", payload);
    }

    @Test
    void concurrentInsertsAreEachStoredOnceAndDuplicatesSaySo() {
        List<Future<Boolean>> first = new ArrayList<>();
        List<Future<Boolean>> again = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            first.add(insert(ACTOR + "/likes/many-" + i));
            again.add(insert(ACTOR + "/likes/many-" + i));
        }
        InboxTestBed.await(Future.join(first).eventually(() -> Future.join(again)));
        for (int i = 0; i < 500; i++) {
            // of two receipts of one id, exactly one stored it
            assertEquals(1, (first.get(i).result() ? 1 : 0) + (again.get(i).result() ? 1 : 0), "id " + i);
        }
        assertEquals(500, bed.count("SELECT count(*) FROM inbox_activities WHERE activity_id LIKE $1",
                ACTOR + "/likes/many-%"));
        assertEquals(false, InboxTestBed.await(insert(ACTOR + "/likes/many-7")));
    }

    @Test
    void aRowTheDatabaseRefusesFailsOnlyItsOwnInsert() {
        List<Future<Boolean>> inserts = new ArrayList<>();
        Future<Boolean> bad = null;
        for (int i = 0; i < 200; i++) {
            inserts.add(insert(ACTOR + "/likes/mixed-" + i));
            if (i == 100) {
                // a NUL character: PostgreSQL's text refuses it
                bad = store.insert(ACTOR + "/likes/bad", ACTOR, "Like", "{\"a\": \"\u0000\"}");
            }
        }
        Future<Boolean> refused = bad;
        InboxTestBed.await(Future.join(inserts).eventually(() -> refused.otherwiseEmpty()));
        inserts.forEach(f -> assertEquals(true, f.result()));
        assertInstanceOf(Exception.class, assertThrows(Exception.class, () -> InboxTestBed.await(refused)));
        assertEquals(0, bed.count("SELECT count(*) FROM inbox_activities WHERE activity_id = $1",
                ACTOR + "/likes/bad"));
    }
}
