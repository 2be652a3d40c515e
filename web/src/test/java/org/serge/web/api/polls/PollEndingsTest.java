package org.serge.web.api.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.poll.PollEndings;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/**
 * When a poll ends, its author and the members who voted get a {@code poll} notification, once; others do not.
 * Driven through the worker's step with a clock ahead of time (notifyEnded), not by waiting.
 */
class PollEndingsTest {

    private static TestNode node;
    private static PollEndings endings;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
        endings = node.node().wiring().api().pollEndings();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String poll(ApiClient author, int expiresIn) {
        JsonObject body = new JsonObject().put("status", "Strike on which day?").put("visibility", "public")
                .put("poll", new JsonObject().put("options", new JsonArray().add("Monday").add("Friday"))
                        .put("expires_in", expiresIn));
        return ApiClient.object(author.json("POST", "/api/v1/statuses", body)).getString("id");
    }

    private static List<String> pollNotifications(ApiClient member) {
        return ApiClient.array(member.get("/api/v1/notifications?types[]=poll")).stream()
                .map(n -> ((JsonObject) n).getJsonObject("status").getString("id")).toList();
    }

    private static int notifyEnded(int minutesAhead) {
        return node.await(endings.notifyEnded(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(minutesAhead)));
    }

    @Test
    void theAuthorAndTheVotersAreToldOnceWhenThePollEndsAndARemoteAuthorIsNot() {
        ApiClient alice = ApiClient.as(node, "alice");
        ApiClient bob = ApiClient.as(node, "bob");
        ApiClient carol = ApiClient.as(node, "carol");
        String ending = poll(alice, 600);
        String later = poll(alice, 86_400);
        bob.form("POST", "/api/v1/polls/" + ending + "/votes", "choices[]=1");
        bob.form("POST", "/api/v1/polls/" + later + "/votes", "choices[]=0");
        String remote = poll(bob, 300);
        carol.form("POST", "/api/v1/polls/" + remote + "/votes", "choices[]=0");
        // then as if that poll had come from another server: its author is not told here, the member who voted is
        node.count("WITH u AS (UPDATE statuses SET local = false WHERE id = $1 RETURNING 1) SELECT count(*) FROM u",
                Long.parseLong(remote));

        assertEquals(0, notifyEnded(0), "nothing has ended yet");
        assertEquals(3, notifyEnded(11), "alice, who asked, bob, who voted, and carol, who voted in the remote poll");
        assertEquals(List.of(ending), pollNotifications(alice));
        assertEquals(List.of(ending), pollNotifications(bob), "not the poll that ends tomorrow, nor his remote one");
        assertEquals(List.of(remote), pollNotifications(carol));
        JsonObject told = ApiClient.array(bob.get("/api/v1/notifications?types[]=poll")).getJsonObject(0);
        assertEquals("alice", told.getJsonObject("account").getString("username"), "from the poll's author");

        assertEquals(0, notifyEnded(11), "told once");
        assertEquals(List.of(ending), pollNotifications(bob));
        assertEquals(0, node.count("SELECT count(*) FROM polls WHERE ended_notified_at IS NOT NULL AND status_id = $1",
                Long.parseLong(later)), "the later poll waits for its end");
    }
}
