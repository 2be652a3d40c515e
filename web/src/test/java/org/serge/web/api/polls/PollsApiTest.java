package org.serge.web.api.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.solidarity.call.NewAsk;
import org.serge.core.solidarity.call.NewCall;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/** GET /api/v1/polls/:id and POST /api/v1/polls/:id/votes on local polls, and on a local call's Question. */
class PollsApiTest {

    private static TestNode node;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static JsonObject poll(ApiClient author, String visibility, boolean multiple, String... options) {
        JsonObject body = new JsonObject().put("status", "Which day?").put("visibility", visibility)
                .put("poll", new JsonObject().put("options", new JsonArray(List.of(options)))
                        .put("expires_in", 3600).put("multiple", multiple));
        return ApiClient.object(author.json("POST", "/api/v1/statuses", body));
    }

    @Test
    void aMemberVotesOnceAndSeesTheirVote() {
        ApiClient bob = ApiClient.as(node, "bob");
        ApiClient alice = ApiClient.as(node, "alice");
        JsonObject status = poll(bob, "public", false, "Monday", "Friday");
        String id = status.getJsonObject("poll").getString("id");
        assertEquals(status.getString("id"), id, "a poll's id is its status's id");

        JsonObject before = ApiClient.object(alice.get("/api/v1/polls/" + id));
        assertFalse(before.getBoolean("voted"));
        assertEquals(new JsonArray(), before.getJsonArray("own_votes"));
        assertTrue(ApiClient.object(bob.get("/api/v1/polls/" + id)).getBoolean("voted"), "the author counts as voted");

        JsonObject voted = ApiClient.object(alice.form("POST", "/api/v1/polls/" + id + "/votes", "choices[]=1"));
        assertTrue(voted.getBoolean("voted"));
        assertEquals(new JsonArray().add(1), voted.getJsonArray("own_votes"));
        assertEquals(1, voted.getInteger("votes_count"));
        assertEquals(1, voted.getInteger("voters_count"));
        assertEquals(1, voted.getJsonArray("options").getJsonObject(1).getInteger("votes_count"));
        assertEquals(0, voted.getJsonArray("options").getJsonObject(0).getInteger("votes_count"));

        HttpResponse<String> again = alice.form("POST", "/api/v1/polls/" + id + "/votes", "choices[]=0");
        assertEquals(422, again.statusCode(), again.body());
        assertTrue(new JsonObject(again.body()).getString("error").contains("already voted"));

        // the status shows the viewer's vote too; an anonymous reader sees the counts only
        JsonObject shown = ApiClient.object(alice.get("/api/v1/statuses/" + id)).getJsonObject("poll");
        assertEquals(new JsonArray().add(1), shown.getJsonArray("own_votes"));
        JsonObject anonymous = ApiClient.object(ApiClient.anonymous(node).get("/api/v1/polls/" + id));
        assertFalse(anonymous.getBoolean("voted"));
        assertEquals(1, anonymous.getInteger("votes_count"));

        // carol votes with a JSON body
        JsonObject carol = ApiClient.object(ApiClient.as(node, "carol").json("POST", "/api/v1/polls/" + id + "/votes",
                new JsonObject().put("choices", new JsonArray().add("0"))));
        assertEquals(2, carol.getInteger("voters_count"));
        assertEquals(1, node.count("SELECT count(*) FROM poll_votes WHERE status_id = $1 AND account_id = $2",
                Long.parseLong(id), Fixtures.ALICE.id()));
    }

    @Test
    void multipleChoicePollsTakeSeveralOptions() {
        ApiClient bob = ApiClient.as(node, "bob");
        String id = poll(bob, "public", true, "Leaflets", "Picket", "Fund").getString("id");
        JsonObject voted = ApiClient.object(ApiClient.as(node, "carol")
                .form("POST", "/api/v1/polls/" + id + "/votes", "choices[]=0&choices[]=2&choices[]=2"));
        assertEquals(new JsonArray().add(0).add(2), voted.getJsonArray("own_votes"));
        assertEquals(2, voted.getInteger("votes_count"));
        assertEquals(1, voted.getInteger("voters_count"));
    }

    @Test
    void hostileVotesAreRefused() {
        ApiClient bob = ApiClient.as(node, "bob");
        String id = poll(bob, "public", false, "Yes", "No").getString("id");
        String path = "/api/v1/polls/" + id + "/votes";
        assertEquals(401, ApiClient.anonymous(node).form("POST", path, "choices[]=0").statusCode());
        assertEquals(403, ApiClient.as(node, "alice", "read").form("POST", path, "choices[]=0").statusCode());
        ApiClient alice = ApiClient.as(node, "alice");
        for (String bad : new String[]{"", "choices[]=2", "choices[]=-1", "choices[]=x", "choices[]=0&choices[]=1",
                "choices[]=99999999999999999999"}) {
            HttpResponse<String> response = alice.form("POST", path, bad);
            assertEquals(422, response.statusCode(), bad + ": " + response.body());
        }
        assertEquals(0, node.count("SELECT count(*) FROM poll_votes WHERE status_id = $1", Long.parseLong(id)));
        assertEquals(404, alice.form("POST", "/api/v1/polls/123/votes", "choices[]=0").statusCode());
        assertEquals(404, alice.get("/api/v1/polls/abc").statusCode());
        // a status without a poll has none
        String plain = bob.postStatus("no poll here", "public").getString("id");
        assertEquals(404, alice.get("/api/v1/polls/" + plain).statusCode());

        // an ended poll takes no vote
        node.count("WITH u AS (UPDATE polls SET expires_at = now() - interval '1 minute' WHERE status_id = $1"
                + " RETURNING 1) SELECT count(*) FROM u", Long.parseLong(id));
        HttpResponse<String> ended = alice.form("POST", path, "choices[]=0");
        assertEquals(422, ended.statusCode(), ended.body());
        assertTrue(ApiClient.object(alice.get("/api/v1/polls/" + id)).getBoolean("expired"));
    }

    @Test
    void anotherMembersFollowersOnlyPollIsNotFound() {
        ApiClient bob = ApiClient.as(node, "bob");
        String id = poll(bob, "private", false, "A", "B").getString("id");
        ApiClient carol = ApiClient.as(node, "carol");
        assertEquals(404, carol.get("/api/v1/polls/" + id).statusCode());
        assertEquals(404, carol.form("POST", "/api/v1/polls/" + id + "/votes", "choices[]=0").statusCode());
        assertEquals(404, ApiClient.anonymous(node).get("/api/v1/polls/" + id).statusCode());
        assertEquals(0, node.count("SELECT count(*) FROM poll_votes WHERE status_id = $1", Long.parseLong(id)));
    }

    @Test
    void aVoteOnALocalCallIsAPledge() {
        SolidarityCall call = node.await(node.node().wiring().solidarity().calls().open(node.member("alice"),
                new NewCall(null, "Support the warehouse strike", "Write or boycott.",
                        List.of(NewAsk.message("Write to the CEO", "ceo@example.com"),
                                NewAsk.boycott("Boycott QuickShip", List.of("QuickShip"), List.of())),
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(7), null, "en")));
        String id = String.valueOf(call.statusId());
        JsonObject voted = ApiClient.object(ApiClient.as(node, "carol")
                .form("POST", "/api/v1/polls/" + id + "/votes", "choices[]=1"));
        assertTrue(voted.getBoolean("voted"));
        assertEquals(new JsonArray().add(1), voted.getJsonArray("own_votes"));
        assertEquals(1, voted.getJsonArray("options").getJsonObject(1).getInteger("votes_count"),
                "the counts are the call's tally");
        assertEquals(1, node.count("SELECT count(*) FROM pledges WHERE call_id = $1 AND account_id = $2"
                + " AND source = 'poll-vote'", call.id(), Fixtures.CAROL.id()));
        assertEquals(422, ApiClient.as(node, "carol")
                .form("POST", "/api/v1/polls/" + id + "/votes", "choices[]=0").statusCode());
    }
}
