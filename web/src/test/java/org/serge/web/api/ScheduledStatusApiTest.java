package org.serge.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.TestNode;

/**
 * Scheduled statuses: POST /api/v1/statuses with scheduled_at, /api/v1/scheduled_statuses, and publication.
 * Publication is driven through the worker's step with a clock ahead of time (publishDue), not by waiting.
 * Rows that other tests leave behind are scheduled hours ahead, out of reach of those clocks.
 */
class ScheduledStatusApiTest {

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

    private static String in(Duration ahead) {
        return URLEncoder.encode(Instant.now().plus(ahead).toString(), StandardCharsets.UTF_8);
    }

    private static JsonObject schedule(ApiClient client, String text, Duration ahead) {
        return ApiClient.object(client.form("POST", "/api/v1/statuses",
                "status=" + URLEncoder.encode(text, StandardCharsets.UTF_8) + "&scheduled_at=" + in(ahead)));
    }

    @Test
    void postingWithScheduledAtAnswersAScheduledStatusAndPublishesNothing() {
        long statuses = node.count("SELECT count(*) FROM statuses");
        Instant at = Instant.now().plus(Duration.ofHours(3));
        JsonObject scheduled = ApiClient.object(alice.json("POST", "/api/v1/statuses", new JsonObject()
                .put("status", "strike vote at noon").put("visibility", "unlisted").put("spoiler_text", "union")
                .put("language", "en").put("scheduled_at", at.toString())
                .put("poll", new JsonObject().put("options", new JsonArray().add("yes").add("no"))
                        .put("expires_in", 3600))));
        assertNotNull(scheduled.getString("id"));
        assertEquals(Instant.ofEpochMilli(at.toEpochMilli()), Instant.parse(scheduled.getString("scheduled_at")));
        assertNull(scheduled.getValue("content"), "a ScheduledStatus, not a Status");
        JsonObject params = scheduled.getJsonObject("params");
        assertEquals("strike vote at noon", params.getString("text"));
        assertEquals("unlisted", params.getString("visibility"));
        assertEquals("union", params.getString("spoiler_text"));
        assertEquals("en", params.getString("language"));
        assertFalse(params.getBoolean("sensitive"));
        assertNull(params.getValue("in_reply_to_id"));
        assertEquals(List.of("yes", "no"), params.getJsonObject("poll").getJsonArray("options").getList());
        assertEquals(3600, params.getJsonObject("poll").getInteger("expires_in"));
        assertEquals(new JsonArray(), scheduled.getJsonArray("media_attachments"));
        assertEquals(statuses, node.count("SELECT count(*) FROM statuses"));
        assertEquals(1, node.count("SELECT count(*) FROM scheduled_statuses WHERE id = $1",
                Long.parseLong(scheduled.getString("id"))));
    }

    @Test
    void mediaAreShownAndAttachedAtPublication() throws Exception {
        String media = upload("A picket line");
        JsonObject scheduled = ApiClient.object(alice.form("POST", "/api/v1/statuses",
                "media_ids[]=" + media + "&scheduled_at=" + in(Duration.ofMinutes(30))));
        assertEquals(new JsonArray().add(media), scheduled.getJsonObject("params").getJsonArray("media_ids"));
        JsonArray attachments = scheduled.getJsonArray("media_attachments");
        assertEquals(1, attachments.size(), scheduled.encode());
        assertEquals(media, attachments.getJsonObject(0).getString("id"));
        assertEquals("A picket line", attachments.getJsonObject(0).getString("description"));
        assertEquals(422, alice.form("POST", "/api/v1/statuses",
                "status=x&media_ids[]=123&scheduled_at=" + in(Duration.ofHours(2))).statusCode());

        var service = node.node().wiring().api().scheduledStatuses();
        node.await(service.publishDue(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(31)));
        assertEquals(0, node.count("SELECT count(*) FROM scheduled_statuses WHERE id = $1",
                Long.parseLong(scheduled.getString("id"))));
        JsonArray mine = ApiClient.array(alice.get("/api/v1/accounts/" + node.member("alice").id() + "/statuses"));
        boolean found = false;
        for (Object o : mine) {
            JsonArray shown = ((JsonObject) o).getJsonArray("media_attachments");
            found |= shown.size() == 1 && media.equals(shown.getJsonObject(0).getString("id"));
        }
        assertTrue(found, mine.encodePrettily());
    }

    private static String upload(String description) throws Exception {
        String boundary = "----serge" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
                + description + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\";"
                + " filename=\"photo.png\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(org.serge.testkit.TestImages.png(40, 30, false));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = org.serge.web.testing.Http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(node.url("/api/v2/media")))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + alice.token())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        assertEquals(200, response.statusCode(), response.body());
        return new JsonObject(response.body()).getString("id");
    }

    @Test
    void tooSoonOrMalformedIsA422AndStoresNothing() {
        long before = node.count("SELECT count(*) FROM scheduled_statuses");
        long statuses = node.count("SELECT count(*) FROM statuses");
        HttpResponse<String> soon = alice.form("POST", "/api/v1/statuses",
                "status=soon&scheduled_at=" + in(Duration.ofMinutes(2)));
        assertEquals(422, soon.statusCode());
        assertEquals("scheduled_at must be at least 5 minutes in the future",
                new JsonObject(soon.body()).getString("error"));
        assertEquals(422, alice.form("POST", "/api/v1/statuses",
                "status=past&scheduled_at=" + in(Duration.ofHours(-1))).statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/statuses", "status=bad&scheduled_at=tomorrow").statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/statuses", "status=&scheduled_at=" + in(Duration.ofHours(2)))
                .statusCode());
        assertEquals(404, alice.form("POST", "/api/v1/statuses",
                "status=x&in_reply_to_id=1&scheduled_at=" + in(Duration.ofHours(2))).statusCode());
        assertEquals(before, node.count("SELECT count(*) FROM scheduled_statuses"));
        assertEquals(statuses, node.count("SELECT count(*) FROM statuses"));
    }

    @Test
    void listShowRescheduleAndDelete() {
        String first = schedule(alice, "first", Duration.ofHours(4)).getString("id");
        String second = schedule(alice, "second", Duration.ofHours(5)).getString("id");
        List<String> all = ApiClient.ids(alice.get("/api/v1/scheduled_statuses"));
        assertTrue(all.containsAll(List.of(first, second)), all.toString());
        HttpResponse<String> page = alice.get("/api/v1/scheduled_statuses?limit=1");
        assertEquals(List.of(second), ApiClient.ids(page));
        String next = ApiClient.link(page, "next");
        assertNotNull(next);
        assertTrue(ApiClient.ids(alice.get(next)).contains(first));

        JsonObject shown = ApiClient.object(alice.get("/api/v1/scheduled_statuses/" + first));
        assertEquals("first", shown.getJsonObject("params").getString("text"));

        Instant later = Instant.now().plus(Duration.ofDays(2));
        JsonObject moved = ApiClient.object(alice.form("PUT", "/api/v1/scheduled_statuses/" + first,
                "scheduled_at=" + URLEncoder.encode(later.toString(), StandardCharsets.UTF_8)));
        assertEquals(Instant.ofEpochMilli(later.toEpochMilli()), Instant.parse(moved.getString("scheduled_at")));
        assertEquals(422, alice.form("PUT", "/api/v1/scheduled_statuses/" + first,
                "scheduled_at=" + in(Duration.ofMinutes(1))).statusCode());
        assertEquals(moved.getString("scheduled_at"), ApiClient.object(
                alice.get("/api/v1/scheduled_statuses/" + first)).getString("scheduled_at"));

        assertEquals(new JsonObject(), ApiClient.object(alice.send("DELETE", "/api/v1/scheduled_statuses/" + first,
                null, null)));
        assertEquals(404, alice.get("/api/v1/scheduled_statuses/" + first).statusCode());
        assertEquals(404, alice.send("DELETE", "/api/v1/scheduled_statuses/" + first, null, null).statusCode());
        assertFalse(ApiClient.ids(alice.get("/api/v1/scheduled_statuses")).contains(first));
        assertEquals(404, alice.get("/api/v1/scheduled_statuses/notanid").statusCode());
    }

    @Test
    void anotherMembersScheduledStatusIsA404() {
        String id = schedule(alice, "alice only", Duration.ofHours(6)).getString("id");
        assertEquals(404, bob.get("/api/v1/scheduled_statuses/" + id).statusCode());
        assertEquals(404, bob.form("PUT", "/api/v1/scheduled_statuses/" + id,
                "scheduled_at=" + in(Duration.ofDays(3))).statusCode());
        assertEquals(404, bob.send("DELETE", "/api/v1/scheduled_statuses/" + id, null, null).statusCode());
        assertFalse(ApiClient.ids(bob.get("/api/v1/scheduled_statuses")).contains(id));
        assertEquals(1, node.count("SELECT count(*) FROM scheduled_statuses WHERE id = $1 AND scheduled_at"
                + " < now() + interval '7 hours'", Long.parseLong(id)));
    }

    @Test
    void tokensAndScopes() {
        String id = schedule(alice, "scoped", Duration.ofHours(7)).getString("id");
        ApiClient anonymous = ApiClient.anonymous(node);
        assertEquals(401, anonymous.get("/api/v1/scheduled_statuses").statusCode());
        assertEquals(401, anonymous.get("/api/v1/scheduled_statuses/" + id).statusCode());
        assertEquals(401, anonymous.send("DELETE", "/api/v1/scheduled_statuses/" + id, null, null).statusCode());
        assertEquals(401, anonymous.form("POST", "/api/v1/statuses", "status=x&scheduled_at="
                + in(Duration.ofHours(2))).statusCode());
        ApiClient reader = ApiClient.as(node, "alice", "read");
        assertEquals(200, reader.get("/api/v1/scheduled_statuses/" + id).statusCode());
        assertEquals(403, reader.form("PUT", "/api/v1/scheduled_statuses/" + id,
                "scheduled_at=" + in(Duration.ofDays(3))).statusCode());
        assertEquals(403, reader.send("DELETE", "/api/v1/scheduled_statuses/" + id, null, null).statusCode());
        assertEquals(403, reader.form("POST", "/api/v1/statuses", "status=x&scheduled_at="
                + in(Duration.ofHours(2))).statusCode());
        ApiClient accountsOnly = ApiClient.as(node, "alice", "read:accounts write:statuses");
        assertEquals(403, accountsOnly.get("/api/v1/scheduled_statuses").statusCode());
        assertEquals(403, accountsOnly.get("/api/v1/scheduled_statuses/" + id).statusCode());
        assertEquals(1, node.count("SELECT count(*) FROM scheduled_statuses WHERE id = $1", Long.parseLong(id)));
    }

    @Test
    void idempotencyKeyReturnsTheSameScheduledStatus() {
        String key = UUID.randomUUID().toString();
        String body = "status=once&scheduled_at=" + in(Duration.ofHours(8));
        JsonObject first = ApiClient.object(alice.form("POST", "/api/v1/statuses", body, "Idempotency-Key", key));
        JsonObject again = ApiClient.object(alice.form("POST", "/api/v1/statuses", body, "Idempotency-Key", key));
        assertEquals(first.getString("id"), again.getString("id"));
        assertEquals(1, node.count("SELECT count(*) FROM scheduled_statuses WHERE account_id = $1"
                + " AND params->>'text' = 'once'", node.member("alice").id()));
        JsonObject bobs = ApiClient.object(bob.form("POST", "/api/v1/statuses", body, "Idempotency-Key", key));
        assertFalse(first.getString("id").equals(bobs.getString("id")));
    }

    @Test
    void dueStatusesArePublishedThroughTheNormalPathAndInvalidOnesDropped() {
        long aliceId = node.member("alice").id();
        JsonObject target = alice.postStatus("to be deleted", "public");
        JsonObject plain = ApiClient.object(alice.form("POST", "/api/v1/statuses",
                "status=published+later&visibility=unlisted&spoiler_text=cw&scheduled_at=" + in(Duration.ofMinutes(6))));
        JsonObject reply = ApiClient.object(alice.form("POST", "/api/v1/statuses",
                "status=secret+reply+words&in_reply_to_id=" + target.getString("id")
                        + "&scheduled_at=" + in(Duration.ofMinutes(6))));
        assertEquals(200, alice.send("DELETE", "/api/v1/statuses/" + target.getString("id"), null, null)
                .statusCode());

        var service = node.node().wiring().api().scheduledStatuses();
        assertEquals(0, node.await(service.publishDue(OffsetDateTime.now(ZoneOffset.UTC))), "nothing is due yet");
        int done = node.await(service.publishDue(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(7)));
        assertEquals(2, done);

        for (JsonObject scheduled : List.of(plain, reply)) {
            assertEquals(0, node.count("SELECT count(*) FROM scheduled_statuses WHERE id = $1",
                    Long.parseLong(scheduled.getString("id"))));
        }
        JsonArray mine = ApiClient.array(alice.get("/api/v1/accounts/" + aliceId + "/statuses"));
        JsonObject published = null;
        for (Object o : mine) {
            JsonObject status = (JsonObject) o;
            assertFalse(status.getString("content").contains("secret reply words"), "the reply was dropped");
            if (status.getString("content").contains("published later")) {
                published = status;
            }
        }
        assertNotNull(published, mine.encodePrettily());
        assertEquals("unlisted", published.getString("visibility"));
        assertEquals("cw", published.getString("spoiler_text"));
        assertEquals(0, node.count("SELECT count(*) FROM statuses WHERE source_text = 'secret reply words'"));
        assertEquals(404, alice.get("/api/v1/scheduled_statuses/" + plain.getString("id")).statusCode());
    }

    @Test
    void theWorkerPublishesARowThatBecameDue() throws InterruptedException {
        long id = Long.parseLong(schedule(alice, "from the worker", Duration.ofHours(9)).getString("id"));
        // as if the time had come (the API refuses times under 5 minutes ahead)
        assertEquals(1, node.count("WITH moved AS (UPDATE scheduled_statuses SET scheduled_at = now()"
                + " - interval '1 second' WHERE id = $1 RETURNING 1) SELECT count(*) FROM moved", id));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (node.count("SELECT count(*) FROM scheduled_statuses WHERE id = $1", id) > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(0, node.count("SELECT count(*) FROM scheduled_statuses WHERE id = $1", id));
        assertEquals(1, node.count("SELECT count(*) FROM statuses WHERE account_id = $1"
                + " AND source_text = 'from the worker'", node.member("alice").id()));
    }
}
