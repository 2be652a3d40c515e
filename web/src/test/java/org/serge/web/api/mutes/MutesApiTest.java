package org.serge.web.api.mutes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/** Muting: the Relationship flags, GET /api/v1/mutes, and muted accounts gone from timelines and notifications. */
class MutesApiTest {

    private static TestNode node;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static List<String> uris(JsonArray statuses) {
        return statuses.stream().map(o -> ((JsonObject) o).getString("uri")).toList();
    }

    @Test
    void aMutedAccountLeavesTimelinesAndNotifications() {
        ApiClient alice = ApiClient.as(node, "alice");
        ApiClient bob = ApiClient.as(node, "bob");
        ApiClient carol = ApiClient.as(node, "carol");
        String bobId = String.valueOf(Fixtures.BOB.id());
        String carolId = String.valueOf(Fixtures.CAROL.id());
        ApiClient.object(alice.post("/api/v1/accounts/" + bobId + "/follow"));
        ApiClient.object(alice.post("/api/v1/accounts/" + carolId + "/follow"));
        String bobs = bob.postStatus("bob on the picket line", "public").getString("uri");
        JsonObject carols = carol.postStatus("carol on the picket line", "public");
        ApiClient.object(bob.post("/api/v1/statuses/" + carols.getString("id") + "/reblog"));
        bob.postStatus("@alice see you there", "public");
        assertTrue(uris(ApiClient.array(alice.get("/api/v1/timelines/home"))).contains(bobs));

        JsonObject relationship = ApiClient.object(alice.form("POST", "/api/v1/accounts/" + bobId + "/mute",
                "notifications=true"));
        assertTrue(relationship.getBoolean("muting"));
        assertTrue(relationship.getBoolean("muting_notifications"));
        assertTrue(relationship.getBoolean("following"), "muting keeps the follow");

        JsonArray home = ApiClient.array(alice.get("/api/v1/timelines/home"));
        assertFalse(uris(home).contains(bobs), "bob's statuses leave the home timeline");
        assertTrue(home.stream().noneMatch(o -> bobId.equals(((JsonObject) o).getJsonObject("account").getString("id"))),
                "and his boosts too: " + home.encode());
        assertTrue(uris(home).contains(carols.getString("uri")), "carol's own post stays");
        assertFalse(uris(ApiClient.array(alice.get("/api/v1/timelines/public"))).contains(bobs));
        assertTrue(uris(ApiClient.array(carol.get("/api/v1/timelines/public"))).contains(bobs), "only for alice");
        assertTrue(ApiClient.array(alice.get("/api/v1/notifications")).isEmpty(), "no notification from bob");

        JsonArray mutes = ApiClient.array(alice.get("/api/v1/mutes"));
        assertEquals(bobId, mutes.getJsonObject(0).getString("id"));
        assertNull(mutes.getJsonObject(0).getString("mute_expires_at"));

        // notifications=false: his mention is back, his posts stay hidden
        JsonObject soft = ApiClient.object(alice.json("POST", "/api/v1/accounts/" + bobId + "/mute",
                new JsonObject().put("notifications", false).put("duration", 3600)));
        assertTrue(soft.getBoolean("muting"));
        assertFalse(soft.getBoolean("muting_notifications"));
        assertEquals(1, ApiClient.array(alice.get("/api/v1/notifications?types[]=mention")).size());
        assertNotNull(ApiClient.array(alice.get("/api/v1/mutes")).getJsonObject(0).getString("mute_expires_at"));

        JsonObject unmuted = ApiClient.object(alice.post("/api/v1/accounts/" + bobId + "/unmute"));
        assertFalse(unmuted.getBoolean("muting"));
        assertTrue(uris(ApiClient.array(alice.get("/api/v1/timelines/home"))).contains(bobs));
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/mutes")));
    }

    @Test
    void anExpiredMuteNoLongerCounts() {
        ApiClient carol = ApiClient.as(node, "carol");
        String aliceId = String.valueOf(Fixtures.ALICE.id());
        ApiClient.object(carol.form("POST", "/api/v1/accounts/" + aliceId + "/mute", "duration=60"));
        node.count("WITH u AS (UPDATE mutes SET expires_at = now() - interval '1 second' WHERE account_id = $1"
                + " RETURNING 1) SELECT count(*) FROM u", Fixtures.CAROL.id());
        JsonObject relationship = ApiClient.array(carol.get("/api/v1/accounts/relationships?id[]=" + aliceId))
                .getJsonObject(0);
        assertFalse(relationship.getBoolean("muting"));
        assertEquals(List.of(), ApiClient.ids(carol.get("/api/v1/mutes")));
    }

    @Test
    void hostileMutesAreRefused() {
        ApiClient carol = ApiClient.as(node, "carol");
        String bobId = String.valueOf(Fixtures.BOB.id());
        assertEquals(401, ApiClient.anonymous(node).post("/api/v1/accounts/" + bobId + "/mute").statusCode());
        assertEquals(403, ApiClient.as(node, "carol", "read").post("/api/v1/accounts/" + bobId + "/mute").statusCode());
        assertEquals(403, ApiClient.as(node, "carol", "write").get("/api/v1/mutes").statusCode());
        assertEquals(404, carol.post("/api/v1/accounts/999/mute").statusCode());
        assertEquals(422, carol.form("POST", "/api/v1/accounts/" + bobId + "/mute", "duration=soon").statusCode());
        assertEquals(422, carol.post("/api/v1/accounts/" + Fixtures.CAROL.id() + "/mute").statusCode());
        assertEquals(0, node.count("SELECT count(*) FROM mutes WHERE account_id = $1 AND target_account_id = $2",
                Fixtures.CAROL.id(), Fixtures.BOB.id()));
    }
}
