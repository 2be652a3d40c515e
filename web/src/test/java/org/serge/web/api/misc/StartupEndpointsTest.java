package org.serge.web.api.misc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.TestNode;

class StartupEndpointsTest {

    private static final List<String> EMPTY_LISTS = List.of("/api/v1/custom_emojis", "/api/v1/lists",
            "/api/v1/filters", "/api/v2/filters", "/api/v1/announcements", "/api/v1/followed_tags", "/api/v1/trends",
            "/api/v1/trends/tags", "/api/v1/suggestions", "/api/v1/mutes", "/api/v1/blocks", "/api/v1/domain_blocks",
            "/api/v1/bookmarks", "/api/v1/favourites", "/api/v1/conversations", "/api/v1/endorsements",
            "/api/v1/scheduled_statuses");

    private static TestNode node;
    private static ApiCalls api;
    private static String alice;
    private static String bobToken;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
        api = new ApiCalls(node);
        alice = api.token("alice", "read write follow");
        bobToken = api.token("bob", "read write follow");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void startUpEndpointsAnswer200WithEmptyListsAndPreferences() {
        for (String path : EMPTY_LISTS) {
            assertEquals(new JsonArray(), api.array(path, bobToken), path);
        }
        JsonObject preferences = api.object("/api/v1/preferences", alice);
        assertEquals("public", preferences.getString("posting:default:visibility"));
        assertFalse(preferences.getBoolean("posting:default:sensitive"));
        assertTrue(preferences.containsKey("posting:default:language"));
        assertEquals("default", preferences.getString("reading:expand:media"));
        assertFalse(preferences.getBoolean("reading:expand:spoilers"));
        assertEquals(new JsonObject(), api.object("/api/v1/markers", alice));
    }

    @Test
    void scopesAreEnforcedAsMastodonDoes() {
        String statusesOnly = api.token("alice", "read:statuses");
        for (String path : List.of("/api/v1/preferences", "/api/v1/lists", "/api/v1/filters", "/api/v1/blocks",
                "/api/v1/favourites", "/api/v1/mutes", "/api/v1/notifications")) {
            assertEquals(401, api.get(path, null).statusCode(), path);
            assertEquals(401, api.get(path, "not-a-token").statusCode(), path);
            HttpResponse<String> forbidden = api.get(path, statusesOnly);
            assertEquals(403, forbidden.statusCode(), path);
            assertNotNull(new JsonObject(forbidden.body()).getString("error"));
        }
        assertEquals(200, api.get("/api/v1/markers", statusesOnly).statusCode());
        assertEquals(403, api.post("/api/v1/markers", statusesOnly, "application/json",
                "{\"home\":{\"last_read_id\":\"1\"}}").statusCode());
        assertEquals(200, api.get("/api/v1/blocks", api.token("alice", "follow")).statusCode());
        assertEquals(200, api.get("/api/v1/custom_emojis", null).statusCode(), "public");
        assertEquals(200, api.get("/api/v1/trends", null).statusCode(), "public");
    }

    @Test
    void markersRoundTripWithFormsAndJsonAndVersions() {
        String bob = api.token("bob", "read write");
        HttpResponse<String> saved = api.post("/api/v1/markers", bob, "application/x-www-form-urlencoded",
                "home%5Blast_read_id%5D=103&notifications%5Blast_read_id%5D=200");
        assertEquals(200, saved.statusCode(), saved.body());
        JsonObject body = new JsonObject(saved.body());
        assertEquals("103", body.getJsonObject("home").getString("last_read_id"));
        assertEquals(1, body.getJsonObject("home").getInteger("version"));
        assertTrue(body.getJsonObject("home").getString("updated_at").matches("\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}\\.\\d{3}Z"));

        HttpResponse<String> json = api.post("/api/v1/markers", bob, "application/json",
                "{\"home\":{\"last_read_id\":\"110\"}}");
        assertEquals(200, json.statusCode(), json.body());
        assertEquals(2, new JsonObject(json.body()).getJsonObject("home").getInteger("version"));
        assertFalse(new JsonObject(json.body()).containsKey("notifications"));

        JsonObject both = api.object("/api/v1/markers?timeline[]=home&timeline[]=notifications", bob);
        assertEquals("110", both.getJsonObject("home").getString("last_read_id"));
        assertEquals(2, both.getJsonObject("home").getInteger("version"));
        assertEquals("200", both.getJsonObject("notifications").getString("last_read_id"));
        JsonObject onlyHome = api.object("/api/v1/markers?timeline[]=home", bob);
        assertEquals(1, onlyHome.size());

        assertEquals(new JsonObject(), api.object("/api/v1/markers?timeline[]=home", alice), "markers are per member");
        assertEquals(422, api.post("/api/v1/markers", bob, "application/json",
                "{\"home\":{\"last_read_id\":\"nope\"}}").statusCode());
        assertEquals(422, api.post("/api/v1/markers", bob, "application/json", "{}").statusCode());
        assertEquals(400, api.post("/api/v1/markers", bob, "application/json", "{oops").statusCode());
    }

    @Test
    void blocksAndFavouritesAreRealAndPagedByLink() {
        var wiring = node.node().wiring();
        Account carol = node.member("carol");
        Account bob = node.member("bob");
        String carolToken = api.token("carol", "read write follow");
        node.await(wiring.follows().block(carol, bob));
        node.await(wiring.follows().block(carol, node.member("alice")));
        HttpResponse<String> firstBlocks = api.get("/api/v1/blocks?limit=1", carolToken);
        JsonArray blocked = new JsonArray(firstBlocks.body());
        assertEquals(1, blocked.size());
        assertEquals("alice", blocked.getJsonObject(0).getString("username"), "newest block first");
        String next = ApiCalls.next(firstBlocks);
        assertTrue(next.startsWith(node.baseUrl() + "/api/v1/blocks?limit=1&max_id="), next);
        JsonArray older = new JsonArray(api.get(next.substring(node.baseUrl().length()), carolToken).body());
        assertEquals("bob", older.getJsonObject(0).getString("username"));

        Status one = node.await(wiring.statuses().post(bob, PostRequest.text("one", Visibility.PUBLIC)));
        Status two = node.await(wiring.statuses().post(bob, PostRequest.text("two", Visibility.PUBLIC)));
        Account aliceAccount = node.member("alice");
        node.await(wiring.statuses().favourite(aliceAccount, two.id()));
        node.await(wiring.statuses().favourite(aliceAccount, one.id()));
        HttpResponse<String> favourites = api.get("/api/v1/favourites?limit=1", alice);
        JsonArray page = new JsonArray(favourites.body());
        assertEquals(1, page.size());
        assertEquals(String.valueOf(one.id()), page.getJsonObject(0).getString("id"), "newest favourite first");
        assertTrue(page.getJsonObject(0).getBoolean("favourited"));
        String nextFavourites = ApiCalls.next(favourites);
        JsonArray second = new JsonArray(api.get(nextFavourites.substring(node.baseUrl().length()), alice).body());
        assertEquals(String.valueOf(two.id()), second.getJsonObject(0).getString("id"));
        assertEquals(422, api.get("/api/v1/favourites?max_id=abc", alice).statusCode());
    }
}
