package org.serge.web.api.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.solidarity.call.NewAsk;
import org.serge.core.solidarity.call.NewCall;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/**
 * alice on A finds bob's statuses on B by their address (search with resolve=true fetches and stores them), and
 * votes in their polls: the vote is counted on A and sent to B as Mastodon sends it, and B counts it too; on a
 * call it is a pledge.
 */
class RemotePollsApiTest {

    private static TestNode a;
    private static TestNode b;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE);
        b = TestNode.start().with(Fixtures.BOB);
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    private static String search(String address, boolean resolve) {
        return "/api/v2/search?type=statuses&resolve=" + resolve + "&q="
                + URLEncoder.encode(address, StandardCharsets.UTF_8);
    }

    @Test
    void aRemoteStatusIsFetchedOnlyWithResolveAndAToken() {
        ApiClient bob = ApiClient.as(b, "bob");
        JsonObject status = bob.postStatus("News from the B depot", "public");
        String uri = status.getString("uri");
        ApiClient alice = ApiClient.as(a, "alice");

        assertEquals(401, ApiClient.anonymous(a).get(search(uri, true)).statusCode());
        assertEquals(new JsonArray(), ApiClient.object(alice.get(search(uri, false))).getJsonArray("statuses"));
        assertEquals(0, a.count("SELECT count(*) FROM statuses WHERE uri = $1", uri), "nothing fetched");

        JsonArray found = ApiClient.object(alice.get(search(uri, true))).getJsonArray("statuses");
        assertEquals(1, found.size(), found.encode());
        assertEquals(uri, found.getJsonObject(0).getString("uri"));
        assertEquals("bob@" + b.domain(), found.getJsonObject(0).getJsonObject("account").getString("acct"));
        // its web address finds the same status, now known here
        assertEquals(uri, ApiClient.object(alice.get(search(status.getString("url"), false))).getJsonArray("statuses")
                .getJsonObject(0).getString("uri"));

        // a followers-only status can't be fetched, and a missing one is simply not found
        String hidden = bob.postStatus("for my followers", "private").getString("uri");
        assertEquals(new JsonArray(), ApiClient.object(alice.get(search(hidden, true))).getJsonArray("statuses"));
        assertEquals(new JsonArray(), ApiClient.object(alice.get(search(uri + "0", true))).getJsonArray("statuses"));
        assertEquals(0, a.count("SELECT count(*) FROM statuses WHERE uri = $1", hidden));
    }

    @Test
    void aVoteOnARemotePollIsCountedHereAndSentToItsAuthor() {
        ApiClient bob = ApiClient.as(b, "bob");
        JsonObject poll = ApiClient.object(bob.json("POST", "/api/v1/statuses", new JsonObject()
                .put("status", "Strike on Monday or Friday?").put("visibility", "public")
                .put("poll", new JsonObject().put("options", new JsonArray().add("Monday").add("Friday"))
                        .put("expires_in", 3600))));
        ApiClient alice = ApiClient.as(a, "alice");
        JsonObject onA = ApiClient.object(alice.get(search(poll.getString("uri"), true))).getJsonArray("statuses")
                .getJsonObject(0);
        String id = onA.getJsonObject("poll").getString("id");
        JsonObject voted = ApiClient.object(alice.form("POST", "/api/v1/polls/" + id + "/votes", "choices[]=1"));
        assertEquals(new JsonArray().add(1), voted.getJsonArray("own_votes"));
        assertEquals(1, voted.getJsonArray("options").getJsonObject(1).getInteger("votes_count"));
        assertEquals(1, a.count("SELECT count(*) FROM poll_votes WHERE status_id = $1 AND uri LIKE $2",
                Long.parseLong(id), a.url("/users/alice#votes/") + "%"));
        // B receives the vote (a Note named after the option, replying to the Question) and counts it
        long pollOnB = Long.parseLong(poll.getString("id"));
        Eventually.within10s("B counts alice's vote", () -> b.count("SELECT count(*) FROM poll_votes"
                + " WHERE status_id = $1 AND choice = 1 AND uri LIKE $2", pollOnB,
                a.url("/users/alice#votes/") + "%") == 1);
        JsonObject counted = ApiClient.object(bob.get("/api/v1/polls/" + pollOnB));
        assertEquals(1, counted.getJsonArray("options").getJsonObject(1).getInteger("votes_count"));
        assertEquals(1, counted.getInteger("voters_count"));
        assertEquals(0, b.count("SELECT count(*) FROM statuses WHERE in_reply_to_uri = $1", poll.getString("uri")),
                "the vote is not a reply");
    }

    @Test
    void aVoteOnARemoteCallIsAPledgeThere() {
        SolidarityCall call = b.await(b.node().wiring().solidarity().calls().open(b.member("bob"),
                new NewCall(null, "Support the B depot strike", "Write to the CEO or boycott the brand.",
                        List.of(NewAsk.message("Write to the CEO", "ceo@example.com"),
                                NewAsk.boycott("Boycott QuickShip", List.of("QuickShip"), List.of())),
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(7), null, "en")));
        ApiClient alice = ApiClient.as(a, "alice");
        JsonObject onA = ApiClient.object(alice.get(search(call.uri(), true))).getJsonArray("statuses")
                .getJsonObject(0);
        assertNotNull(onA.getJsonObject("poll"), onA.encode());
        assertEquals(1, a.count("SELECT count(*) FROM solidarity_calls WHERE uri = $1", call.uri()),
                "stored as the call it is");
        JsonObject voted = ApiClient.object(alice.form("POST", "/api/v1/polls/" + onA.getString("id") + "/votes",
                "choices[]=0&choices[]=1"));
        assertTrue(voted.getBoolean("voted"));
        Eventually.within10s("B counts alice's vote as a pledge", () -> b.count("SELECT count(*) FROM pledges"
                + " WHERE call_id = $1 AND source = 'poll-vote'", call.id()) == 1);
        Eventually.within10s("to both asks", () -> b.count("SELECT jsonb_array_length(asks) FROM pledges"
                + " WHERE call_id = $1", call.id()) == 2);
    }
}
