package org.serge.web.api.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.testkit.TestImages;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/** Uploaded media attached to statuses: POST /api/v1/statuses with media_ids, rendering, timelines, federation. */
class StatusMediaApiTest {

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

    private static String upload(ApiClient client, String description) {
        Multipart body = new Multipart().file("file", "photo.png", "image/png", TestImages.png(40, 30, false))
                .field("description", description).field("focus", "0.5,-0.25");
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(node.url("/api/v2/media")))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + client.token())
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())).build());
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response).getString("id");
    }

    private static void assertRefused(HttpResponse<String> response, String messagePart) {
        assertEquals(422, response.statusCode(), response.body());
        String error = Http.json(response).getString("error");
        assertNotNull(error, response.body());
        assertTrue(error.toLowerCase().contains(messagePart.toLowerCase()), error);
    }

    private static long statusesOf(String username) {
        return node.count("SELECT count(*) FROM statuses s JOIN accounts a ON a.id = s.account_id"
                + " WHERE a.username = '" + username + "'");
    }

    @Test
    void aStatusPostedWithMediaIdsCarriesThemInOrderAndNeedsNoText() {
        String first = upload(alice, "A banner outside the depot");
        String second = upload(alice, "The crowd");
        HttpResponse<String> response = alice.form("POST", "/api/v1/statuses",
                "media_ids[]=" + second + "&media_ids[]=" + first + "&visibility=public");
        JsonObject status = ApiClient.object(response);
        JsonArray media = status.getJsonArray("media_attachments");
        assertEquals(2, media.size(), status.encode());
        assertEquals(second, media.getJsonObject(0).getString("id"));
        assertEquals(first, media.getJsonObject(1).getString("id"));
        JsonObject banner = media.getJsonObject(1);
        assertEquals("image", banner.getString("type"));
        assertEquals("A banner outside the depot", banner.getString("description"));
        assertTrue(banner.getString("url").startsWith(node.baseUrl() + "/media/"), banner.encode());
        assertEquals(40, banner.getJsonObject("meta").getJsonObject("original").getInteger("width"));

        JsonObject read = ApiClient.object(alice.get("/api/v1/statuses/" + status.getString("id")));
        assertEquals(2, read.getJsonArray("media_attachments").size());
        JsonObject inTimeline = ApiClient.array(alice.get("/api/v1/timelines/home?limit=1")).getJsonObject(0);
        assertEquals(status.getString("id"), inTimeline.getString("id"));
        assertEquals(2, inTimeline.getJsonArray("media_attachments").size());

        // attached media are no longer editable, and can't be attached twice
        assertRefused(alice.form("POST", "/api/v1/statuses", "status=again&media_ids[]=" + first), "already attached");
    }

    @Test
    void jsonArraysOfIdsWorkAndTheNoteCarriesDocuments() {
        String id = upload(alice, "Strike map");
        JsonObject status = ApiClient.object(alice.json("POST", "/api/v1/statuses", new JsonObject()
                .put("status", "Where we picket").put("visibility", "public")
                .put("media_ids", new JsonArray().add(id))));
        assertEquals(id, status.getJsonArray("media_attachments").getJsonObject(0).getString("id"));

        JsonObject note = Http.json(Http.get(status.getString("uri"), "Accept", "application/activity+json"));
        JsonArray attachments = note.getJsonArray("attachment");
        assertEquals(1, attachments.size(), note.encode());
        JsonObject document = attachments.getJsonObject(0);
        assertEquals("Document", document.getString("type"));
        assertEquals("image/png", document.getString("mediaType"));
        assertEquals(status.getJsonArray("media_attachments").getJsonObject(0).getString("url"),
                document.getString("url"));
        assertEquals("Strike map", document.getString("name"));
        assertTrue(document.getString("blurhash").length() >= 6);
        assertEquals(new JsonArray().add(0.5).add(-0.25), document.getJsonArray("focalPoint"));
        assertEquals(40, document.getInteger("width"));
        assertEquals(30, document.getInteger("height"));
    }

    @Test
    void anotherMembersMediumIsRefusedAndNothingIsStored() {
        String bobs = upload(bob, "Bob's photo");
        long before = statusesOf("alice");
        assertRefused(alice.form("POST", "/api/v1/statuses", "status=mine&media_ids[]=" + bobs), "not yours");
        assertRefused(alice.form("POST", "/api/v1/statuses", "status=nothing&media_ids[]=999999"), "not found");
        assertRefused(alice.form("POST", "/api/v1/statuses", "status=bad&media_ids[]=abc"), "media_ids");
        assertEquals(before, statusesOf("alice"));
        assertEquals(0, node.count("SELECT count(*) FROM media_attachments WHERE id = " + bobs
                + " AND status_id IS NOT NULL"));
    }

    @Test
    void fiveMediaAreRefused() {
        StringBuilder body = new StringBuilder("status=five");
        for (int i = 0; i < 5; i++) {
            body.append("&media_ids[]=").append(upload(alice, "photo " + i));
        }
        long before = statusesOf("alice");
        assertRefused(alice.form("POST", "/api/v1/statuses", body.toString()), "at most 4");
        assertEquals(before, statusesOf("alice"));
    }

    @Test
    void editingKeepsTheMediaAndAStatusWithNeitherTextNorMediaIsRefused() {
        String id = upload(alice, "Before");
        JsonObject status = ApiClient.object(alice.form("POST", "/api/v1/statuses", "status=v1&media_ids[]=" + id));
        JsonObject edited = ApiClient.object(alice.form("PUT", "/api/v1/statuses/" + status.getString("id"),
                "status=&media_ids[]=" + id));
        assertEquals(id, edited.getJsonArray("media_attachments").getJsonObject(0).getString("id"));
        assertRefused(alice.form("POST", "/api/v1/statuses", "status=&visibility=public"), "blank");
    }

    @Test
    void onlyMediaTimelinesHoldOnlyStatusesWithMedia() {
        String plain = ApiClient.object(bob.form("POST", "/api/v1/statuses", "status=plain+text")).getString("id");
        String withMedia = ApiClient.object(bob.form("POST", "/api/v1/statuses",
                "status=%23strike+photo&media_ids[]=" + upload(bob, "photo"))).getString("id");

        List<String> publicMedia = ApiClient.ids(alice.get("/api/v1/timelines/public?only_media=true&local=true"));
        assertTrue(publicMedia.contains(withMedia), publicMedia.toString());
        assertTrue(!publicMedia.contains(plain));
        List<String> all = ApiClient.ids(alice.get("/api/v1/timelines/public?local=true"));
        assertTrue(all.contains(plain) && all.contains(withMedia));

        String bobId = ApiClient.object(alice.get("/api/v1/accounts/lookup?acct=bob")).getString("id");
        List<String> accountMedia = ApiClient.ids(alice.get("/api/v1/accounts/" + bobId + "/statuses?only_media=true"));
        assertTrue(accountMedia.contains(withMedia) && !accountMedia.contains(plain), accountMedia.toString());

        List<String> tagMedia = ApiClient.ids(alice.get("/api/v1/timelines/tag/strike?only_media=true"));
        assertEquals(List.of(withMedia), tagMedia);
    }
}
