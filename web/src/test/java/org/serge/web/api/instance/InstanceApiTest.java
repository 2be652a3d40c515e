package org.serge.web.api.instance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Visibility;
import org.serge.testkit.Fixtures;
import org.serge.web.api.misc.ApiCalls;
import org.serge.web.testing.TestNode;

class InstanceApiTest {

    private static TestNode node;
    private static ApiCalls api;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB);
        api = new ApiCalls(node);
        node.await(node.node().wiring().statuses().post(node.member("alice"),
                PostRequest.text("hello", Visibility.PUBLIC)));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void v1HasEveryFieldClientsReadWithTheirTypes() {
        JsonObject v1 = api.object("/api/v1/instance", null);
        assertEquals(node.domain(), v1.getString("uri"));
        assertEquals("Test Workers' Union", v1.getString("title"));
        assertEquals("A union for tests", v1.getString("short_description"));
        assertEquals("A union for tests", v1.getString("description"));
        assertEquals("", v1.getString("email"));
        assertEquals("4.3.0 (compatible; Serge 0.1.0)", v1.getString("version"));
        assertEquals("ws://" + node.domain(), v1.getJsonObject("urls").getString("streaming_api"));
        JsonObject stats = v1.getJsonObject("stats");
        assertEquals(2, stats.getLong("user_count"));
        assertEquals(1, stats.getLong("status_count"));
        assertEquals(0, stats.getLong("domain_count"));
        assertTrue(v1.getString("thumbnail").startsWith("http://" + node.domain() + "/"));
        assertEquals(new JsonArray().add("en"), v1.getJsonArray("languages"));
        assertFalse(v1.getBoolean("registrations"));
        assertTrue(v1.getBoolean("approval_required"));
        assertFalse(v1.getBoolean("invites_enabled"));
        assertTrue(v1.containsKey("contact_account"));
        assertNull(v1.getValue("contact_account"), "null, never []");
        assertEquals(new JsonArray(), v1.getJsonArray("rules"));
        JsonObject configuration = v1.getJsonObject("configuration");
        assertEquals(5000, configuration.getJsonObject("statuses").getInteger("max_characters"));
        assertEquals(4, configuration.getJsonObject("statuses").getInteger("max_media_attachments"));
        assertEquals(23, configuration.getJsonObject("statuses").getInteger("characters_reserved_per_url"));
        JsonObject media = configuration.getJsonObject("media_attachments");
        assertEquals(new JsonArray().add("image/jpeg").add("image/png").add("image/webp").add("image/gif"),
                media.getJsonArray("supported_mime_types"));
        assertTrue(media.getInteger("image_size_limit") > 0);
        assertTrue(media.getInteger("image_matrix_limit") > 0);
        JsonObject polls = configuration.getJsonObject("polls");
        assertEquals(10, polls.getInteger("max_options"));
        assertEquals(100, polls.getInteger("max_characters_per_option"));
        assertEquals(300, polls.getInteger("min_expiration"));
        assertEquals(2629746, polls.getInteger("max_expiration"));
    }

    @Test
    void v2HasEveryFieldClientsReadAndAdvertisesApiVersionOne() {
        JsonObject v2 = api.object("/api/v2/instance", null);
        assertEquals(node.domain(), v2.getString("domain"));
        assertEquals("Test Workers' Union", v2.getString("title"));
        assertTrue(v2.getString("version").startsWith("4.3.0 (compatible; Serge"));
        assertTrue(v2.getString("source_url").startsWith("http"));
        assertEquals("A union for tests", v2.getString("description"));
        assertEquals(2, v2.getJsonObject("usage").getJsonObject("users").getLong("active_month"));
        assertTrue(v2.getJsonObject("thumbnail").getString("url").startsWith("http://"));
        assertEquals(new JsonArray(), v2.getJsonArray("icon"));
        assertEquals(new JsonArray().add("en"), v2.getJsonArray("languages"));
        JsonObject configuration = v2.getJsonObject("configuration");
        assertEquals("ws://" + node.domain(), configuration.getJsonObject("urls").getString("streaming"));
        assertEquals("", configuration.getJsonObject("vapid").getString("public_key"));
        assertTrue(configuration.getJsonObject("accounts").containsKey("max_featured_tags"));
        assertTrue(configuration.getJsonObject("accounts").containsKey("max_pinned_statuses"));
        assertEquals(5000, configuration.getJsonObject("statuses").getInteger("max_characters"));
        assertEquals(4, configuration.getJsonObject("media_attachments").getJsonArray("supported_mime_types").size());
        assertEquals(10, configuration.getJsonObject("polls").getInteger("max_options"));
        assertFalse(configuration.getJsonObject("translation").getBoolean("enabled"));
        JsonObject registrations = v2.getJsonObject("registrations");
        assertFalse(registrations.getBoolean("enabled"));
        assertTrue(registrations.getBoolean("approval_required"));
        assertTrue(registrations.containsKey("message"));
        assertNull(registrations.getValue("message"));
        assertEquals(1, v2.getJsonObject("api_versions").getInteger("mastodon"));
        assertEquals("", v2.getJsonObject("contact").getString("email"));
        assertTrue(v2.getJsonObject("contact").containsKey("account"));
        assertNull(v2.getJsonObject("contact").getValue("account"));
        assertEquals(new JsonArray(), v2.getJsonArray("rules"));
    }

    @Test
    void peersRulesAndActivityAreLists() {
        assertEquals(new JsonArray(), api.array("/api/v1/instance/peers", null));
        assertEquals(new JsonArray(), api.array("/api/v1/instance/rules", null));
        assertEquals(new JsonArray(), api.array("/api/v1/instance/activity", null));
        node.resolve("bob", node.domain());
        assertEquals(new JsonArray(), api.array("/api/v1/instance/peers", null), "local accounts are no peers");
    }
}
