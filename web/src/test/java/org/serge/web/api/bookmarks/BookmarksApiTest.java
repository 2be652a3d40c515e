package org.serge.web.api.bookmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/** Bookmarking statuses, the bookmarked flag, and GET /api/v1/bookmarks paged through Link. */
class BookmarksApiTest {

    private static TestNode node;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void bookmarksArePrivateFlaggedAndPaged() {
        ApiClient bob = ApiClient.as(node, "bob");
        ApiClient alice = ApiClient.as(node, "alice");
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            posted.add(bob.postStatus("picket report " + i, "public").getString("id"));
        }
        for (String id : posted) {
            JsonObject status = ApiClient.object(alice.post("/api/v1/statuses/" + id + "/bookmark"));
            assertTrue(status.getBoolean("bookmarked"));
        }
        // twice is the same
        assertTrue(ApiClient.object(alice.post("/api/v1/statuses/" + posted.get(0) + "/bookmark")).getBoolean("bookmarked"));
        assertTrue(ApiClient.object(alice.get("/api/v1/statuses/" + posted.get(1))).getBoolean("bookmarked"));
        assertFalse(ApiClient.object(bob.get("/api/v1/statuses/" + posted.get(1))).getBoolean("bookmarked"),
                "bookmarks are the viewer's own");
        assertEquals(List.of(), ApiClient.ids(bob.get("/api/v1/bookmarks")));

        // newest bookmark first, one at a time through Link
        List<String> seen = new ArrayList<>();
        String next = "/api/v1/bookmarks?limit=1";
        while (next != null) {
            HttpResponse<String> page = alice.get(next);
            List<String> ids = ApiClient.ids(page);
            if (ids.isEmpty()) {
                assertNull(ApiClient.link(page, "next"));
                break;
            }
            seen.addAll(ids);
            next = ApiClient.link(page, "next");
            assertNotNull(next);
        }
        assertEquals(List.of(posted.get(2), posted.get(1), posted.get(0)), seen);

        JsonObject removed = ApiClient.object(alice.post("/api/v1/statuses/" + posted.get(1) + "/unbookmark"));
        assertFalse(removed.getBoolean("bookmarked"));
        assertEquals(List.of(posted.get(2), posted.get(0)), ApiClient.ids(alice.get("/api/v1/bookmarks")));
    }

    @Test
    void hostileBookmarksAreRefused() {
        ApiClient bob = ApiClient.as(node, "bob");
        String hidden = bob.postStatus("followers only", "private").getString("id");
        ApiClient carol = ApiClient.as(node, "carol");
        assertEquals(404, carol.post("/api/v1/statuses/" + hidden + "/bookmark").statusCode());
        assertEquals(404, carol.post("/api/v1/statuses/999/bookmark").statusCode());
        assertEquals(0, node.count("SELECT count(*) FROM bookmarks WHERE account_id = $1", Fixtures.CAROL.id()));
        assertEquals(401, ApiClient.anonymous(node).post("/api/v1/statuses/" + hidden + "/bookmark").statusCode());
        assertEquals(401, ApiClient.anonymous(node).get("/api/v1/bookmarks").statusCode());
        assertEquals(403, ApiClient.as(node, "carol", "read").post("/api/v1/statuses/" + hidden + "/bookmark")
                .statusCode());
        assertEquals(403, ApiClient.as(node, "carol", "write").get("/api/v1/bookmarks").statusCode());
        assertEquals(422, carol.get("/api/v1/bookmarks?max_id=abc").statusCode());
    }
}
