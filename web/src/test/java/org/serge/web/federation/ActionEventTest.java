package org.serge.web.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.solidarity.call.NewAsk;
import org.serge.core.solidarity.call.NewCall;
import org.serge.core.solidarity.call.NewCondition;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.federation.proof.ProofVerifier;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/**
 * A call's picket (an attend ask with a time and place) is an Event (FEP-8a8e, Mobilizon's fields): served at
 * its id, signed by the caller, delivered with the call, and updated when the call is cancelled.
 */
class ActionEventTest {

    private static final String AS_JSON = "application/activity+json";

    private static TestNode a;
    private static TestNode b;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE);
        b = TestNode.start().with(Fixtures.BOB);
    }

    @AfterAll
    static void stop() {
        for (TestNode node : new TestNode[]{a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aPicketIsAnEventServedSignedDeliveredAndCancelled() {
        Account aliceOnB = b.resolve("alice", a.domain());
        b.await(b.node().wiring().follows().follow(b.member("bob"), aliceOnB));
        Eventually.within10s("bob follows alice", () -> b.count("SELECT count(*) FROM follows") == 1);

        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).withNano(0);
        Account alice = a.member("alice");
        SolidarityCall call = a.await(a.node().wiring().solidarity().calls().open(alice, new NewCall(null,
                "Picket the depot", "Stand with the drivers at the gate.",
                List.of(NewAsk.message("Write to the CEO", "ceo@example.com"),
                        NewAsk.attend("Join the picket", start, "Depot gate, Hafenstr. 1, Berlin", start.plusHours(3),
                                "Europe/Berlin")),
                start.plusDays(1), new NewCondition(10, null, null, null, null), "en")));
        a.await(a.node().wiring().solidarityFederation().callOpened(call));
        String eventId = call.uri() + "/events/1";

        HttpResponse<String> served = Http.get(eventId, "Accept", AS_JSON);
        assertEquals(200, served.statusCode());
        JsonObject event = new JsonObject(served.body());
        new ProofVerifier().verify(event, Fixtures.ALICE.ed25519Public());
        assertEquals("Event", event.getString("type"));
        assertEquals(eventId, event.getString("id"));
        assertEquals(a.url("/users/alice"), event.getString("attributedTo"));
        assertEquals("Picket the depot: Join the picket", event.getString("name"));
        assertEquals(start.toInstant().toString(), event.getString("startTime"));
        assertEquals(start.plusHours(3).toInstant().toString(), event.getString("endTime"));
        assertEquals("Europe/Berlin", event.getString("timezone"));
        assertEquals("Place", event.getJsonObject("location").getString("type"));
        assertEquals("Depot gate, Hafenstr. 1, Berlin", event.getJsonObject("location").getString("name"));
        assertEquals("external", event.getString("joinMode"));
        assertEquals("TENTATIVE", event.getString("ical:status"), "a conditional call that is not met yet");
        assertEquals(call.uri(), event.getString("serge:call"));
        assertTrue(event.getJsonArray("to").contains("https://www.w3.org/ns/activitystreams#Public"));

        HttpResponse<String> page = Http.get(eventId, "Accept", "text/html");
        assertEquals(303, page.statusCode());
        for (String odd : List.of("/events/0", "/events/2", "/events/x", "/events/-1")) {
            assertEquals(404, Http.get(call.uri() + odd, "Accept", AS_JSON).statusCode(), odd);
        }

        // delivered with the call: B keeps it as a status that says when and where
        Eventually.within10s("B stores the Event", () -> b.count(
                "SELECT count(*) FROM statuses WHERE uri = $1 AND object_type = 'Event'", eventId) == 1);
        assertEquals(1, b.count("SELECT count(*) FROM statuses WHERE uri = $1 AND content LIKE $2", eventId,
                "%Europe/Berlin%Where: Depot gate%"));

        // cancelling the call cancels the Event
        SolidarityCall cancelled = a.await(a.node().wiring().solidarity().calls().cancel(alice, call.id()));
        a.await(a.node().wiring().solidarityFederation().callChanged(cancelled));
        assertEquals("CANCELLED", new JsonObject(Http.get(eventId, "Accept", AS_JSON).body())
                .getString("ical:status"));
        Eventually.within10s("B shows the Event cancelled", () -> b.count(
                "SELECT count(*) FROM statuses WHERE uri = $1 AND content LIKE '%Cancelled%'", eventId) == 1);
    }
}
