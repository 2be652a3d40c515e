package org.serge.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.TestNode;

class AccountApiTest {

    private static TestNode node;
    private static ApiClient alice;
    private static ApiClient bob;
    private static ApiClient carol;
    private static final String ALICE = String.valueOf(Fixtures.ALICE.id());
    private static final String BOB = String.valueOf(Fixtures.BOB.id());
    private static final String CAROL = String.valueOf(Fixtures.CAROL.id());

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
        alice = ApiClient.as(node, "alice");
        bob = ApiClient.as(node, "bob");
        carol = ApiClient.as(node, "carol");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void lookupShowAndMalformedIds() {
        assertEquals(BOB, ApiClient.object(ApiClient.anonymous(node).get("/api/v1/accounts/lookup?acct=bob")).getString("id"));
        assertEquals(BOB, ApiClient.object(alice.get("/api/v1/accounts/lookup?acct=@bob@" + node.domain())).getString("id"));
        assertEquals(404, alice.get("/api/v1/accounts/lookup?acct=nobody").statusCode());
        assertEquals(422, alice.get("/api/v1/accounts/lookup").statusCode());
        assertEquals(404, ApiClient.anonymous(node).get("/api/v1/accounts/lookup?acct=someone@example.invalid").statusCode());
        assertEquals("carol", ApiClient.object(alice.get("/api/v1/accounts/" + CAROL)).getString("username"));
        assertEquals(404, alice.get("/api/v1/accounts/abc").statusCode());
        assertEquals(404, alice.get("/api/v1/accounts/12345").statusCode());
        assertEquals(404, alice.post("/api/v1/accounts/abc/follow").statusCode());
        assertEquals(404, alice.post("/api/v1/accounts/4242/follow").statusCode());
        assertEquals(422, alice.post("/api/v1/accounts/" + ALICE + "/follow").statusCode());
    }

    @Test
    void followUnfollowBlockAndRelationships() {
        JsonObject followed = ApiClient.object(carol.post("/api/v1/accounts/" + BOB + "/follow"));
        assertTrue(followed.getBoolean("following"));
        assertFalse(followed.getBoolean("requested"));
        JsonArray both = ApiClient.array(bob.get("/api/v1/accounts/relationships?id[]=" + CAROL + "&id[]=" + ALICE
                + "&id[]=abc&id[]=999"));
        assertEquals(2, both.size());
        assertEquals(CAROL, both.getJsonObject(0).getString("id"));
        assertTrue(both.getJsonObject(0).getBoolean("followed_by"));
        assertFalse(both.getJsonObject(1).getBoolean("followed_by"));
        assertEquals(1, ApiClient.object(bob.get("/api/v1/accounts/" + BOB)).getInteger("followers_count"));
        assertEquals(1, ApiClient.object(bob.get("/api/v1/accounts/" + CAROL)).getInteger("following_count"));

        // follow lists: the account itself sees them, others get []
        assertEquals(List.of(CAROL), ApiClient.ids(bob.get("/api/v1/accounts/" + BOB + "/followers")));
        assertEquals(List.of(BOB), ApiClient.ids(carol.get("/api/v1/accounts/" + CAROL + "/following")));
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/accounts/" + BOB + "/followers")));
        assertEquals(List.of(), ApiClient.ids(ApiClient.anonymous(node).get("/api/v1/accounts/" + CAROL + "/following")));

        JsonObject removed = ApiClient.object(bob.post("/api/v1/accounts/" + CAROL + "/remove_from_followers"));
        assertFalse(removed.getBoolean("followed_by"));
        ApiClient.object(carol.post("/api/v1/accounts/" + BOB + "/follow"));
        JsonObject unfollowed = ApiClient.object(carol.post("/api/v1/accounts/" + BOB + "/unfollow"));
        assertFalse(unfollowed.getBoolean("following"));

        JsonObject blocked = ApiClient.object(bob.post("/api/v1/accounts/" + CAROL + "/block"));
        assertTrue(blocked.getBoolean("blocking"));
        assertTrue(ApiClient.array(carol.get("/api/v1/accounts/relationships?id[]=" + BOB)).getJsonObject(0)
                .getBoolean("blocked_by"));
        assertEquals(403, carol.post("/api/v1/accounts/" + BOB + "/follow").statusCode());
        assertFalse(ApiClient.object(bob.post("/api/v1/accounts/" + CAROL + "/unblock")).getBoolean("blocking"));
        assertEquals(403, ApiClient.as(node, "carol", "read").post("/api/v1/accounts/" + BOB + "/follow").statusCode());
        assertEquals(401, ApiClient.anonymous(node).get("/api/v1/accounts/relationships?id[]=" + BOB).statusCode());
    }

    @Test
    void lockedAccountsAnswerFollowRequests() {
        JsonObject updated = ApiClient.object(alice.form("PATCH", "/api/v1/accounts/update_credentials",
                "display_name=Alice+L.&note=Organiser&locked=true&discoverable=1"));
        assertEquals("Alice L.", updated.getString("display_name"));
        assertEquals("<p>Organiser</p>", updated.getString("note"));
        assertTrue(updated.getBoolean("locked"));
        assertTrue(updated.getBoolean("discoverable"));
        assertEquals("Organiser", updated.getJsonObject("source").getString("note"));

        JsonObject requested = ApiClient.object(bob.post("/api/v1/accounts/" + ALICE + "/follow"));
        assertTrue(requested.getBoolean("requested"));
        assertFalse(requested.getBoolean("following"));
        ApiClient.object(carol.post("/api/v1/accounts/" + ALICE + "/follow"));
        assertEquals(List.of(CAROL, BOB), ApiClient.ids(alice.get("/api/v1/follow_requests")));
        assertEquals(2, ApiClient.object(alice.get("/api/v1/accounts/verify_credentials")).getJsonObject("source")
                .getInteger("follow_requests_count"));

        JsonObject accepted = ApiClient.object(alice.post("/api/v1/follow_requests/" + BOB + "/authorize"));
        assertTrue(accepted.getBoolean("followed_by"));
        JsonObject rejected = ApiClient.object(alice.post("/api/v1/follow_requests/" + CAROL + "/reject"));
        assertFalse(rejected.getBoolean("followed_by"));
        assertFalse(rejected.getBoolean("requested_by"));
        assertEquals(404, alice.post("/api/v1/follow_requests/" + CAROL + "/authorize").statusCode());
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/follow_requests")));

        // multipart works too, and limits are 422
        String boundary = "xyzzy";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"locked\"\r\n\r\nfalse\r\n--"
                + boundary + "--\r\n";
        JsonObject unlocked = ApiClient.object(alice.send("PATCH", "/api/v1/accounts/update_credentials",
                "multipart/form-data; boundary=" + boundary, multipart));
        assertFalse(unlocked.getBoolean("locked"));
        assertEquals("Alice L.", unlocked.getString("display_name"));
        assertEquals(422, alice.form("PATCH", "/api/v1/accounts/update_credentials",
                "display_name=" + "x".repeat(31)).statusCode());
    }
}
