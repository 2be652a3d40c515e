package org.serge.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/** Every field strict clients need is present and typed: ids strings, times RFC 3339 with ms, real image URLs. */
class EntityShapeTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

    private static TestNode node;
    private static ApiClient alice;
    private static ApiClient bob;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB);
        alice = ApiClient.as(node, "alice");
        bob = ApiClient.as(node, "bob");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static void typed(JsonObject entity, Map<String, Class<?>> fields) {
        fields.forEach((name, type) -> {
            assertTrue(entity.containsKey(name), "missing " + name + " in " + entity.encode());
            assertInstanceOf(type, entity.getValue(name), name + " in " + entity.encode());
        });
    }

    private static void nullable(JsonObject entity, String... names) {
        for (String name : names) {
            assertTrue(entity.containsKey(name), "missing " + name + " in " + entity.encode());
        }
    }

    static void assertAccountShape(JsonObject account) {
        typed(account, Map.ofEntries(Map.entry("id", String.class), Map.entry("username", String.class),
                Map.entry("acct", String.class), Map.entry("display_name", String.class),
                Map.entry("note", String.class), Map.entry("url", String.class), Map.entry("uri", String.class),
                Map.entry("avatar", String.class), Map.entry("avatar_static", String.class),
                Map.entry("header", String.class), Map.entry("header_static", String.class),
                Map.entry("locked", Boolean.class), Map.entry("bot", Boolean.class), Map.entry("group", Boolean.class),
                Map.entry("discoverable", Boolean.class), Map.entry("created_at", String.class),
                Map.entry("followers_count", Number.class), Map.entry("following_count", Number.class),
                Map.entry("statuses_count", Number.class), Map.entry("fields", JsonArray.class),
                Map.entry("emojis", JsonArray.class), Map.entry("roles", JsonArray.class)));
        nullable(account, "last_status_at");
        assertTrue(account.getString("created_at").matches(TIME), account.getString("created_at"));
        assertTrue(account.getString("id").matches("\\d+"));
        for (String image : new String[]{"avatar", "avatar_static", "header", "header_static"}) {
            assertTrue(account.getString(image).startsWith("http"), image);
        }
    }

    static void assertStatusShape(JsonObject status) {
        typed(status, Map.ofEntries(Map.entry("id", String.class), Map.entry("uri", String.class),
                Map.entry("url", String.class), Map.entry("created_at", String.class),
                Map.entry("account", JsonObject.class), Map.entry("content", String.class),
                Map.entry("visibility", String.class), Map.entry("sensitive", Boolean.class),
                Map.entry("spoiler_text", String.class), Map.entry("media_attachments", JsonArray.class),
                Map.entry("mentions", JsonArray.class), Map.entry("tags", JsonArray.class),
                Map.entry("emojis", JsonArray.class), Map.entry("reblogs_count", Number.class),
                Map.entry("favourites_count", Number.class), Map.entry("replies_count", Number.class),
                Map.entry("favourited", Boolean.class), Map.entry("reblogged", Boolean.class),
                Map.entry("muted", Boolean.class), Map.entry("bookmarked", Boolean.class),
                Map.entry("pinned", Boolean.class)));
        nullable(status, "edited_at", "in_reply_to_id", "in_reply_to_account_id", "reblog", "poll", "card",
                "language", "application");
        assertTrue(status.getString("created_at").matches(TIME), status.getString("created_at"));
        assertAccountShape(status.getJsonObject("account"));
    }

    @Test
    void accountHasEveryFieldWithCountsFromTheDatabase() {
        alice.postStatus("first", "public");
        JsonObject me = ApiClient.object(alice.get("/api/v1/accounts/verify_credentials"));
        assertAccountShape(me);
        assertEquals("alice", me.getString("acct"));
        assertTrue(me.getLong("statuses_count") >= 1);
        assertTrue(me.getString("last_status_at").matches("\\d{4}-\\d\\d-\\d\\d"));
        assertEquals(node.url("/static/header.png"), me.getString("header"));
        assertTrue(me.getJsonObject("source").containsKey("follow_requests_count"));
        HttpResponse<String> header = Http.get(me.getString("header"));
        assertEquals(200, header.statusCode());
        assertTrue(Http.contentType(header).startsWith("image/png"), Http.contentType(header));

        JsonObject shown = ApiClient.object(bob.get("/api/v1/accounts/" + me.getString("id")));
        assertAccountShape(shown);
        assertEquals(me.getLong("statuses_count"), shown.getLong("statuses_count"));
    }

    @Test
    void statusHasEveryFieldMentionsTagsAndAPoll() {
        JsonObject status = ApiClient.object(alice.json("POST", "/api/v1/statuses", new JsonObject()
                .put("status", "Hello @bob #Union").put("language", "en")
                .put("poll", new JsonObject().put("options", new JsonArray().add("yes").add("no"))
                        .put("expires_in", 3600).put("multiple", true))));
        assertStatusShape(status);
        assertNull(status.getValue("edited_at"));
        assertNull(status.getValue("reblog"));
        assertEquals("public", status.getString("visibility"));
        assertEquals("en", status.getString("language"));
        JsonObject mention = status.getJsonArray("mentions").getJsonObject(0);
        assertEquals("bob", mention.getString("acct"));
        assertEquals(String.valueOf(Fixtures.BOB.id()), mention.getString("id"));
        assertEquals(node.url("/@bob"), mention.getString("url"));
        assertEquals(new JsonObject().put("name", "union").put("url", node.url("/tags/union")),
                status.getJsonArray("tags").getJsonObject(0));
        JsonObject poll = status.getJsonObject("poll");
        assertEquals(status.getString("id"), poll.getString("id"));
        assertTrue(poll.getBoolean("multiple"));
        assertEquals(false, poll.getBoolean("expired"));
        assertTrue(poll.getString("expires_at").matches(TIME));
        assertEquals(0, poll.getInteger("votes_count"));
        assertEquals(new JsonObject().put("title", "yes").put("votes_count", 0), poll.getJsonArray("options").getJsonObject(0));
        assertEquals(new JsonArray(), poll.getJsonArray("own_votes"));

        JsonObject boost = ApiClient.object(bob.post("/api/v1/statuses/" + status.getString("id") + "/reblog"));
        assertStatusShape(boost);
        assertStatusShape(boost.getJsonObject("reblog"));
        assertEquals(status.getString("id"), boost.getJsonObject("reblog").getString("id"));
        assertTrue(boost.getJsonObject("reblog").getBoolean("reblogged"));
        assertEquals(1, boost.getJsonObject("reblog").getInteger("reblogs_count"));
    }

    @Test
    void relationshipHasEveryField() {
        JsonArray relationships = ApiClient.array(alice.get("/api/v1/accounts/relationships?id[]=" + Fixtures.BOB.id()));
        assertEquals(1, relationships.size());
        JsonObject r = relationships.getJsonObject(0);
        for (String field : new String[]{"following", "showing_reblogs", "notifying", "followed_by", "blocking",
                "blocked_by", "muting", "muting_notifications", "requested", "requested_by", "domain_blocking",
                "endorsed"}) {
            assertInstanceOf(Boolean.class, r.getValue(field), field);
        }
        assertEquals(String.valueOf(Fixtures.BOB.id()), r.getString("id"));
        assertEquals("", r.getString("note"));
    }
}
