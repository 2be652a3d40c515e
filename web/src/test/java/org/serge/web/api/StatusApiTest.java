package org.serge.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.TestNode;

class StatusApiTest {

    private static TestNode node;
    private static ApiClient alice;
    private static ApiClient bob;
    private static ApiClient carol;

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
    void postsWithEachVisibilityAsFormOrJson() {
        for (String visibility : List.of("public", "unlisted", "private", "direct")) {
            JsonObject status = ApiClient.object(alice.form("POST", "/api/v1/statuses",
                    "status=Hello+" + visibility + "&visibility=" + visibility + "&sensitive=1&spoiler_text=cw"));
            assertEquals(visibility, status.getString("visibility"));
            assertTrue(status.getBoolean("sensitive"));
            assertEquals("cw", status.getString("spoiler_text"));
            assertEquals("<p>Hello " + visibility + "</p>", status.getString("content"));
        }
        JsonObject viaQuery = ApiClient.object(alice.send("POST", "/api/v1/statuses?status=from+the+query", null, null));
        assertEquals("public", viaQuery.getString("visibility"));
        assertEquals(422, alice.form("POST", "/api/v1/statuses", "status=x&visibility=secret").statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/statuses", "status=").statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/statuses", "status=x&media_ids[]=123").statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/statuses", "status=x&in_reply_to_id=abc").statusCode());
        assertEquals(404, alice.form("POST", "/api/v1/statuses", "status=x&in_reply_to_id=1").statusCode());
        assertEquals(400, alice.send("POST", "/api/v1/statuses", "application/json", "{not json").statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/statuses",
                "status=poll&poll[options][]=a&poll[expires_in]=soon").statusCode());
        JsonObject poll = ApiClient.object(alice.form("POST", "/api/v1/statuses",
                "status=poll&poll[options][]=a&poll[options][]=b&poll[expires_in]=600&poll[multiple]=on"));
        assertEquals(2, poll.getJsonObject("poll").getJsonArray("options").size());
        assertTrue(poll.getJsonObject("poll").getBoolean("multiple"));
    }

    @Test
    void idempotencyKeyReplaysTheSameStatusForTheSameAccountOnly() {
        String key = UUID.randomUUID().toString();
        String before = String.valueOf(node.count("SELECT count(*) FROM statuses"));
        JsonObject first = ApiClient.object(alice.form("POST", "/api/v1/statuses", "status=once", "Idempotency-Key", key));
        JsonObject second = ApiClient.object(alice.form("POST", "/api/v1/statuses", "status=once", "Idempotency-Key", key));
        assertEquals(first.getString("id"), second.getString("id"));
        assertEquals(Long.parseLong(before) + 1, node.count("SELECT count(*) FROM statuses"));
        JsonObject bobs = ApiClient.object(bob.form("POST", "/api/v1/statuses", "status=once", "Idempotency-Key", key));
        assertNotEquals(first.getString("id"), bobs.getString("id"));
        // a failed post frees its key
        String other = UUID.randomUUID().toString();
        assertEquals(422, alice.form("POST", "/api/v1/statuses", "status=", "Idempotency-Key", other).statusCode());
        assertEquals(200, alice.form("POST", "/api/v1/statuses", "status=now", "Idempotency-Key", other).statusCode());
    }

    @Test
    void privateAndDirectStatusesAreHiddenFromOthersAs404() {
        JsonObject secret = alice.postStatus("for followers", "private");
        String path = "/api/v1/statuses/" + secret.getString("id");
        assertEquals(404, carol.get(path).statusCode());
        assertEquals(404, ApiClient.anonymous(node).get(path).statusCode());
        assertEquals(200, alice.get(path).statusCode());
        assertEquals(404, carol.post(path + "/favourite").statusCode());
        assertEquals(404, carol.get(path + "/context").statusCode());
        assertEquals(404, carol.get(path + "/favourited_by").statusCode());

        // a self-boost of a followers-only post stays followers-only: the wrapper does not leak it
        String selfBoost = ApiClient.object(alice.post(path + "/reblog")).getString("id");
        assertEquals("private", ApiClient.object(alice.get("/api/v1/statuses/" + selfBoost)).getString("visibility"));
        assertEquals(404, carol.get("/api/v1/statuses/" + selfBoost).statusCode());

        JsonObject direct = alice.postStatus("@carol a word", "direct");
        assertEquals(422, alice.post("/api/v1/statuses/" + direct.getString("id") + "/reblog").statusCode());
        assertEquals(200, carol.get("/api/v1/statuses/" + direct.getString("id")).statusCode());
        assertEquals(404, bob.get("/api/v1/statuses/" + direct.getString("id")).statusCode());

        JsonObject open = alice.postStatus("for all", "public");
        assertEquals(200, ApiClient.anonymous(node).get("/api/v1/statuses/" + open.getString("id")).statusCode());
        assertEquals(404, alice.get("/api/v1/statuses/abc").statusCode());
        assertEquals(404, alice.get("/api/v1/statuses/99999999999999999999999").statusCode());
        assertEquals(404, alice.get("/api/v1/statuses/123").statusCode());
    }

    @Test
    void favouritesAndBoostsCountAndFlag() {
        JsonObject post = alice.postStatus("count me", "public");
        String path = "/api/v1/statuses/" + post.getString("id");
        JsonObject faved = ApiClient.object(bob.post(path + "/favourite"));
        assertTrue(faved.getBoolean("favourited"));
        assertEquals(1, faved.getInteger("favourites_count"));
        assertEquals(200, bob.post(path + "/favourite").statusCode());
        ApiClient.object(carol.post(path + "/favourite"));
        JsonObject boost = ApiClient.object(carol.post(path + "/reblog"));
        assertEquals(post.getString("id"), boost.getJsonObject("reblog").getString("id"));

        JsonObject seen = ApiClient.object(alice.get(path));
        assertEquals(2, seen.getInteger("favourites_count"));
        assertEquals(1, seen.getInteger("reblogs_count"));
        assertFalse(seen.getBoolean("favourited"));
        JsonObject bobSees = ApiClient.object(bob.get(path));
        assertTrue(bobSees.getBoolean("favourited"));
        assertFalse(bobSees.getBoolean("reblogged"));

        List<String> favouriters = ApiClient.ids(alice.get(path + "/favourited_by"));
        assertEquals(List.of(String.valueOf(Fixtures.CAROL.id()), String.valueOf(Fixtures.BOB.id())), favouriters);
        assertEquals(List.of(String.valueOf(Fixtures.CAROL.id())), ApiClient.ids(alice.get(path + "/reblogged_by")));

        JsonObject unfaved = ApiClient.object(bob.post(path + "/unfavourite"));
        assertFalse(unfaved.getBoolean("favourited"));
        assertEquals(1, unfaved.getInteger("favourites_count"));
        JsonObject unboosted = ApiClient.object(carol.post(path + "/unreblog"));
        assertEquals(post.getString("id"), unboosted.getString("id"));
        assertFalse(unboosted.getBoolean("reblogged"));
        assertEquals(0, unboosted.getInteger("reblogs_count"));
    }

    @Test
    void contextShowsVisibleAncestorsAndDescendants() {
        JsonObject root = alice.postStatus("root", "public");
        JsonObject reply = ApiClient.object(bob.form("POST", "/api/v1/statuses",
                "status=reply&in_reply_to_id=" + root.getString("id")));
        assertEquals(root.getString("id"), reply.getString("in_reply_to_id"));
        assertEquals(String.valueOf(Fixtures.ALICE.id()), reply.getString("in_reply_to_account_id"));
        JsonObject deeper = ApiClient.object(alice.form("POST", "/api/v1/statuses",
                "status=deeper&in_reply_to_id=" + reply.getString("id")));
        JsonObject hidden = ApiClient.object(alice.form("POST", "/api/v1/statuses",
                "status=hidden&visibility=private&in_reply_to_id=" + reply.getString("id")));

        JsonObject context = ApiClient.object(carol.get("/api/v1/statuses/" + reply.getString("id") + "/context"));
        assertEquals(List.of(root.getString("id")), ids(context.getJsonArray("ancestors")));
        assertEquals(List.of(deeper.getString("id")), ids(context.getJsonArray("descendants")));
        JsonObject own = ApiClient.object(alice.get("/api/v1/statuses/" + root.getString("id") + "/context"));
        assertEquals(List.of(reply.getString("id"), deeper.getString("id"), hidden.getString("id")),
                ids(own.getJsonArray("descendants")));
        assertEquals(1, ApiClient.object(alice.get("/api/v1/statuses/" + root.getString("id"))).getInteger("replies_count"));
    }

    @Test
    void editSourceAndDelete() {
        JsonObject post = alice.postStatus("first #draft", "public");
        String path = "/api/v1/statuses/" + post.getString("id");
        JsonObject edited = ApiClient.object(alice.form("PUT", path, "status=second+%23final&spoiler_text=cw"));
        assertEquals("second #final", new JsonObject(alice.get(path + "/source").body()).getString("text"));
        assertNotNull(edited.getString("edited_at"));
        assertEquals("cw", edited.getString("spoiler_text"));
        assertEquals("final", edited.getJsonArray("tags").getJsonObject(0).getString("name"));
        assertEquals(404, bob.form("PUT", path, "status=hijack").statusCode());
        assertEquals(404, bob.get(path + "/source").statusCode());
        assertEquals(404, bob.send("DELETE", path, null, null).statusCode());

        JsonObject deleted = ApiClient.object(alice.send("DELETE", path, null, null));
        assertEquals("second #final", deleted.getString("text"));
        assertEquals(post.getString("id"), deleted.getString("id"));
        assertEquals(404, alice.get(path).statusCode());
    }

    @Test
    void tokensAndScopesAreEnforced() {
        ApiClient reader = ApiClient.as(node, "alice", "read");
        HttpResponse<String> refused = reader.form("POST", "/api/v1/statuses", "status=no");
        assertEquals(403, refused.statusCode());
        assertTrue(new JsonObject(refused.body()).containsKey("error"));
        assertEquals(401, ApiClient.anonymous(node).form("POST", "/api/v1/statuses", "status=no").statusCode());
        HttpResponse<String> bad = ApiClient.anonymous(node).send("POST", "/api/v1/statuses", "application/x-www-form-urlencoded",
                "status=no", "Authorization", "Bearer nonsense");
        assertEquals(401, bad.statusCode());
        assertEquals(401, ApiClient.anonymous(node).get("/api/v1/timelines/home").statusCode());
        ApiClient writer = ApiClient.as(node, "alice", "write:statuses");
        assertEquals(200, writer.form("POST", "/api/v1/statuses", "status=granular").statusCode());
        assertEquals(403, writer.get("/api/v1/timelines/home").statusCode());
    }

    private static List<String> ids(JsonArray array) {
        return array.stream().map(o -> ((JsonObject) o).getString("id")).toList();
    }
}
