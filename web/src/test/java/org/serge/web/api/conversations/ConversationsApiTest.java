package org.serge.web.api.conversations;

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
import org.serge.web.testing.TestNode;

/**
 * Direct conversations: one per thread and set of participants, unread for the recipients, read and removed per
 * member, paged by Link, following deletions; only participants see them; refused requests.
 */
class ConversationsApiTest {

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

    private static JsonObject direct(ApiClient who, String text, String inReplyTo) {
        JsonObject body = new JsonObject().put("status", text).put("visibility", "direct");
        if (inReplyTo != null) {
            body.put("in_reply_to_id", inReplyTo);
        }
        return ApiClient.object(who.json("POST", "/api/v1/statuses", body));
    }

    private static JsonArray conversations(ApiClient who) {
        return ApiClient.array(who.get("/api/v1/conversations?limit=40"));
    }

    private static JsonObject withStatus(ApiClient who, String statusId) {
        for (Object o : conversations(who)) {
            JsonObject c = (JsonObject) o;
            if (c.getJsonObject("last_status") != null && statusId.equals(c.getJsonObject("last_status").getString("id"))) {
                return c;
            }
        }
        return null;
    }

    private static List<String> usernames(JsonObject conversation) {
        return conversation.getJsonArray("accounts").stream()
                .map(o -> ((JsonObject) o).getString("username")).toList();
    }

    @Test
    void aThreadBetweenTheSameParticipantsIsOneConversation() {
        String first = direct(bob, "@alice shall we meet at the depot?", null).getString("id");
        JsonObject alices = withStatus(alice, first);
        assertTrue(alices.getBoolean("unread"));
        assertEquals(List.of("bob"), usernames(alices));
        assertEquals("direct", alices.getJsonObject("last_status").getString("visibility"));
        JsonObject bobs = withStatus(bob, first);
        assertFalse(bobs.getBoolean("unread"), "one's own status is read");
        assertEquals(List.of("alice"), usernames(bobs));

        String reply = direct(alice, "@bob yes, at six", first).getString("id");
        JsonObject alicesNow = withStatus(alice, reply);
        assertEquals(alices.getString("id"), alicesNow.getString("id"), "the same conversation");
        assertFalse(alicesNow.getBoolean("unread"), "her own reply");
        JsonObject bobsNow = withStatus(bob, reply);
        assertEquals(bobs.getString("id"), bobsNow.getString("id"));
        assertTrue(bobsNow.getBoolean("unread"));
        assertNull(withStatus(alice, first), "one entry per conversation, with its newest status");

        String widened = direct(bob, "@alice @carol carol joins", reply).getString("id");
        JsonObject group = withStatus(alice, widened);
        assertFalse(group.getString("id").equals(alicesNow.getString("id")), "other participants: another one");
        assertEquals(List.of("bob", "carol"), usernames(group));
        assertEquals(List.of("alice", "bob"), usernames(withStatus(carol, widened)));

        String self = direct(carol, "a note to myself", null).getString("id");
        assertEquals(List.of("carol"), usernames(withStatus(carol, self)), "alone: the member herself");
    }

    @Test
    void readRemoveAndDeletedStatuses() {
        String one = direct(carol, "@bob first word", null).getString("id");
        String two = direct(carol, "@bob second word", one).getString("id");
        JsonObject bobs = withStatus(bob, two);
        String id = bobs.getString("id");
        assertTrue(bobs.getBoolean("unread"));

        JsonObject read = ApiClient.object(bob.post("/api/v1/conversations/" + id + "/read"));
        assertEquals(id, read.getString("id"));
        assertFalse(read.getBoolean("unread"));
        assertFalse(withStatus(bob, two).getBoolean("unread"));

        ApiClient.object(carol.send("DELETE", "/api/v1/statuses/" + two, null, null));
        JsonObject fallen = withStatus(bob, one);
        assertEquals(id, fallen.getString("id"), "the conversation shows its previous status");
        assertNull(withStatus(bob, two));

        assertEquals(new JsonObject(), ApiClient.object(bob.send("DELETE", "/api/v1/conversations/" + id, null, null)));
        assertNull(withStatus(bob, one), "removed for bob");
        assertTrue(withStatus(carol, one) != null, "not for carol");
        assertEquals(200, bob.get("/api/v1/statuses/" + one).statusCode(), "the statuses stay");
        String three = direct(carol, "@bob third word", one).getString("id");
        assertTrue(withStatus(bob, three).getBoolean("unread"), "a new status brings it back");

        String lone = direct(carol, "@bob soon gone", null).getString("id");
        assertTrue(withStatus(bob, lone) != null);
        ApiClient.object(carol.send("DELETE", "/api/v1/statuses/" + lone, null, null));
        assertNull(withStatus(bob, lone));
        assertEquals(0, node.count("SELECT count(*) FROM conversation_statuses WHERE status_id = $1", Long.parseLong(lone)));
    }

    @Test
    void pagedByLinkNewestFirst() {
        ApiClient member = ApiClient.as(node, "alice");
        String a = direct(carol, "@alice page a", null).getString("id");
        String b = direct(bob, "@alice page b", null).getString("id");
        HttpResponse<String> first = member.get("/api/v1/conversations?limit=1");
        JsonArray page = ApiClient.array(first);
        assertEquals(1, page.size());
        assertEquals(b, page.getJsonObject(0).getJsonObject("last_status").getString("id"));
        String next = ApiClient.link(first, "next");
        assertTrue(next.startsWith(node.baseUrl() + "/api/v1/conversations?limit=1&max_id=" + b), next);
        assertEquals(a, ApiClient.array(member.get(next)).getJsonObject(0).getJsonObject("last_status").getString("id"));
        assertEquals(0, ApiClient.array(member.get(ApiClient.link(first, "prev"))).size());
    }

    @Test
    void onlyParticipantsEverSeeThem() {
        String secret = direct(bob, "@alice only for alice", null).getString("id");
        String id = withStatus(alice, secret).getString("id");
        assertNull(withStatus(carol, secret));
        assertEquals(404, carol.post("/api/v1/conversations/" + id + "/read").statusCode());
        assertEquals(404, carol.send("DELETE", "/api/v1/conversations/" + id, null, null).statusCode());
        assertTrue(withStatus(alice, secret).getBoolean("unread"), "carol's attempts changed nothing");

        String publicPost = bob.postStatus("@alice in public", "public").getString("id");
        String followers = bob.postStatus("@alice to followers", "private").getString("id");
        assertNull(withStatus(alice, publicPost), "only direct statuses make conversations");
        assertNull(withStatus(alice, followers));

        ApiClient.object(carol.post("/api/v1/accounts/" + Fixtures.BOB.id() + "/block"));
        String blocked = direct(bob, "@carol are you there?", null).getString("id");
        assertNull(withStatus(carol, blocked), "not from an account she blocks");
        assertTrue(withStatus(bob, blocked) != null, "bob still has his own");
        ApiClient.object(carol.post("/api/v1/accounts/" + Fixtures.BOB.id() + "/unblock"));
    }

    @Test
    void refusedRequests() {
        ApiClient readOnly = ApiClient.as(node, "alice", "read");
        ApiClient writeOnly = ApiClient.as(node, "alice", "write:conversations");
        String secret = direct(bob, "@alice for the scopes", null).getString("id");
        String id = withStatus(alice, secret).getString("id");
        assertEquals(401, ApiClient.anonymous(node).get("/api/v1/conversations").statusCode());
        assertEquals(401, ApiClient.anonymous(node).post("/api/v1/conversations/" + id + "/read").statusCode());
        assertEquals(403, writeOnly.get("/api/v1/conversations").statusCode());
        assertEquals(403, readOnly.post("/api/v1/conversations/" + id + "/read").statusCode());
        assertEquals(403, readOnly.send("DELETE", "/api/v1/conversations/" + id, null, null).statusCode());
        assertTrue(withStatus(alice, secret).getBoolean("unread"));
        assertEquals(200, writeOnly.post("/api/v1/conversations/" + id + "/read").statusCode());
        assertEquals(404, alice.post("/api/v1/conversations/abc/read").statusCode());
        assertEquals(404, alice.post("/api/v1/conversations/987654321/read").statusCode());
        assertEquals(422, alice.get("/api/v1/conversations?max_id=abc").statusCode());
        assertEquals(422, alice.get("/api/v1/conversations?limit=many").statusCode());
    }
}
