package org.serge.web.api.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/** Pinning statuses (the API, the profile's pinned list, the featured collection) and edit history. */
class PinsAndHistoryApiTest {

    private static final String AS_JSON = "application/activity+json";

    private static TestNode node;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String pinned(long accountId) {
        return "/api/v1/accounts/" + accountId + "/statuses?pinned=true";
    }

    private static JsonObject featured(String username) {
        HttpResponse<String> response = Http.get(node.url("/users/" + username + "/collections/featured"),
                "Accept", AS_JSON);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    @Test
    void aMemberPinsAndUnpinsTheirOwnPublicStatuses() {
        ApiClient alice = ApiClient.as(node, "alice");
        JsonObject first = alice.postStatus("Picket at 6, gate 2", "public");
        JsonObject second = alice.postStatus("Strike fund details", "unlisted");
        String firstId = first.getString("id");

        JsonObject answer = ApiClient.object(alice.post("/api/v1/statuses/" + firstId + "/pin"));
        assertTrue(answer.getBoolean("pinned"));
        assertEquals(firstId, answer.getString("id"));
        ApiClient.object(alice.post("/api/v1/statuses/" + firstId + "/pin")); // again: nothing changes
        ApiClient.object(alice.post("/api/v1/statuses/" + second.getString("id") + "/pin"));
        assertTrue(ApiClient.object(alice.get("/api/v1/statuses/" + firstId)).getBoolean("pinned"));
        assertFalse(ApiClient.object(ApiClient.as(node, "bob").get("/api/v1/statuses/" + firstId))
                .getBoolean("pinned"), "pinned is the author's own flag");

        // the profile's pinned statuses, the latest pinned first, for anyone
        assertEquals(List.of(second.getString("id"), firstId),
                ApiClient.ids(ApiClient.anonymous(node).get(pinned(Fixtures.ALICE.id()))));
        assertEquals(List.of(), ApiClient.ids(ApiClient.anonymous(node).get(pinned(Fixtures.ALICE.id())
                + "&max_id=" + firstId)), "one page holds every pin");
        assertEquals(List.of(), ApiClient.ids(alice.get(pinned(Fixtures.BOB.id()))));
        assertEquals(404, alice.get(pinned(999)).statusCode());

        // the featured collection holds the pinned Notes
        JsonObject collection = featured("alice");
        assertEquals("OrderedCollection", collection.getString("type"));
        assertEquals(node.url("/users/alice/collections/featured"), collection.getString("id"));
        assertEquals(2, collection.getInteger("totalItems"));
        JsonArray items = collection.getJsonArray("orderedItems");
        assertEquals(second.getString("uri"), items.getJsonObject(0).getString("id"));
        assertEquals("Note", items.getJsonObject(1).getString("type"));
        assertEquals(first.getString("uri"), items.getJsonObject(1).getString("id"));
        assertTrue(items.getJsonObject(1).getString("content").contains("Picket at 6"));

        JsonObject unpinned = ApiClient.object(alice.post("/api/v1/statuses/" + firstId + "/unpin"));
        assertFalse(unpinned.getBoolean("pinned"));
        assertEquals(List.of(second.getString("id")), ApiClient.ids(alice.get(pinned(Fixtures.ALICE.id()))));
        ApiClient.object(alice.post("/api/v1/statuses/" + firstId + "/unpin")); // again: still fine

        // deleting a pinned status removes the pin
        ApiClient.object(alice.send("DELETE", "/api/v1/statuses/" + second.getString("id"), null, null));
        assertEquals(List.of(), ApiClient.ids(alice.get(pinned(Fixtures.ALICE.id()))));
        assertEquals(0, featured("alice").getInteger("totalItems"));
    }

    @Test
    void pinsAreCappedAtFive() {
        ApiClient carol = ApiClient.as(node, "carol");
        for (int i = 0; i < 5; i++) {
            String id = carol.postStatus("pin " + i, "public").getString("id");
            ApiClient.object(carol.post("/api/v1/statuses/" + id + "/pin"));
        }
        String sixth = carol.postStatus("one too many", "public").getString("id");
        HttpResponse<String> refused = carol.post("/api/v1/statuses/" + sixth + "/pin");
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(new JsonObject(refused.body()).containsKey("error"));
        assertEquals(5, node.count("SELECT count(*) FROM status_pins WHERE account_id = $1", Fixtures.CAROL.id()));
        assertEquals(5, featured("carol").getJsonArray("orderedItems").size());
    }

    @Test
    void hostilePinsAreRefused() {
        ApiClient bob = ApiClient.as(node, "bob");
        ApiClient alice = ApiClient.as(node, "alice");
        String bobs = bob.postStatus("bob's public post", "public").getString("id");
        String privateOne = bob.postStatus("bob's followers-only post", "private").getString("id");
        String direct = bob.postStatus("@carol a word", "direct").getString("id");
        String alicesSecret = alice.postStatus("alice's followers-only post", "private").getString("id");

        assertEquals(401, ApiClient.anonymous(node).post("/api/v1/statuses/" + bobs + "/pin").statusCode());
        assertEquals(403, ApiClient.as(node, "bob", "read").post("/api/v1/statuses/" + bobs + "/pin").statusCode());
        assertEquals(422, alice.post("/api/v1/statuses/" + bobs + "/pin").statusCode(), "another's status");
        assertEquals(422, bob.post("/api/v1/statuses/" + privateOne + "/pin").statusCode(), "followers-only");
        assertEquals(422, bob.post("/api/v1/statuses/" + direct + "/pin").statusCode(), "direct");
        assertEquals(404, bob.post("/api/v1/statuses/" + alicesSecret + "/pin").statusCode(), "can't see it");
        assertEquals(404, bob.post("/api/v1/statuses/123/pin").statusCode());
        assertEquals(404, bob.post("/api/v1/statuses/x/pin").statusCode());
        String boost = ApiClient.object(bob.post("/api/v1/statuses/" + bobs + "/reblog")).getString("id");
        assertEquals(422, bob.post("/api/v1/statuses/" + boost + "/pin").statusCode(), "a boost");
        assertEquals(0, node.count("SELECT count(*) FROM status_pins WHERE account_id = $1", Fixtures.BOB.id()));
        assertEquals(0, node.count("SELECT count(*) FROM status_pins WHERE status_id = $1", Long.parseLong(bobs)));
    }

    @Test
    void historyListsEveryVersionOriginalFirst() {
        ApiClient bob = ApiClient.as(node, "bob");
        JsonObject status = bob.postStatus("Meeting on Tuesday", "public");
        String id = status.getString("id");

        JsonArray never = ApiClient.array(ApiClient.anonymous(node).get("/api/v1/statuses/" + id + "/history"));
        assertEquals(1, never.size(), "a status never edited has one version, itself");
        assertEquals(status.getString("content"), never.getJsonObject(0).getString("content"));
        assertEquals(status.getString("created_at"), never.getJsonObject(0).getString("created_at"));

        ApiClient.object(bob.json("PUT", "/api/v1/statuses/" + id, new JsonObject()
                .put("status", "Meeting on Wednesday").put("spoiler_text", "union business")));
        JsonObject edited = ApiClient.object(bob.json("PUT", "/api/v1/statuses/" + id, new JsonObject()
                .put("status", "Meeting on Wednesday: which room?")
                .put("poll", new JsonObject().put("options", new JsonArray().add("Hall").add("Canteen"))
                        .put("expires_in", 3600))));

        JsonArray history = ApiClient.array(bob.get("/api/v1/statuses/" + id + "/history"));
        assertEquals(3, history.size(), history.encode());
        JsonObject original = history.getJsonObject(0);
        assertTrue(original.getString("content").contains("Tuesday"));
        assertEquals("", original.getString("spoiler_text"));
        assertFalse(original.getBoolean("sensitive"));
        assertNull(original.getJsonObject("poll"));
        assertEquals(status.getString("created_at"), original.getString("created_at"));
        assertEquals(String.valueOf(Fixtures.BOB.id()), original.getJsonObject("account").getString("id"));
        assertEquals(new JsonArray(), original.getJsonArray("media_attachments"));
        assertEquals(new JsonArray(), original.getJsonArray("emojis"));
        JsonObject second = history.getJsonObject(1);
        assertTrue(second.getString("content").contains("Wednesday"));
        assertEquals("union business", second.getString("spoiler_text"));
        assertTrue(second.getBoolean("sensitive"));
        JsonObject last = history.getJsonObject(2);
        assertEquals(edited.getString("edited_at"), last.getString("created_at"));
        assertEquals("Hall", last.getJsonObject("poll").getJsonArray("options").getJsonObject(0).getString("title"));
    }

    @Test
    void historyFollowsTheStatusVisibility() {
        ApiClient bob = ApiClient.as(node, "bob");
        String secret = bob.postStatus("for my followers", "private").getString("id");
        ApiClient.object(bob.json("PUT", "/api/v1/statuses/" + secret, new JsonObject().put("status", "edited")));
        assertEquals(2, ApiClient.array(bob.get("/api/v1/statuses/" + secret + "/history")).size());
        assertEquals(404, ApiClient.anonymous(node).get("/api/v1/statuses/" + secret + "/history").statusCode());
        assertEquals(404, ApiClient.as(node, "carol").get("/api/v1/statuses/" + secret + "/history").statusCode());
        assertEquals(404, bob.get("/api/v1/statuses/999/history").statusCode());
        assertEquals(403, ApiClient.as(node, "bob", "write").get("/api/v1/statuses/" + secret + "/history")
                .statusCode());
    }
}
