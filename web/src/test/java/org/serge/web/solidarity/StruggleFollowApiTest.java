package org.serge.web.solidarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/** The follow endpoints of the Serge API on one node: sectors, countries, hashtags; scopes; refused input. */
class StruggleFollowApiTest {

    private static final String API = "/api/serge/v1";

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

    private static String file(String title, String employer, String country, String sector) {
        JsonObject body = new JsonObject().put("title", title).put("summary", "A walkout")
                .put("employer", new JsonObject().put("legal_name", employer).put("country", country))
                .put("sector", new JsonObject().put("scheme", "ISIC").put("version", "4").put("code", sector))
                .put("country", country).put("action_type", "strike").put("authorisation", "official")
                .put("status", "ongoing");
        return ApiClient.object(bob.json("POST", API + "/reports", body)).getString("status_id");
    }

    private static List<String> feed(ApiClient who) {
        JsonArray feed = ApiClient.array(who.get(API + "/feed"));
        return feed.stream().map(o -> ((JsonObject) o).getString("status_id")).toList();
    }

    private static long follows() {
        return node.count("SELECT count(*) FROM struggle_follows");
    }

    @Test
    void sectorsCountriesAndHashtagsFillTheFeedAndTheHomeTimeline() {
        String trucks = file("Truckers strike", "Road Freight SARL", "FR", "H4923");
        String bakery = file("Bakery strike", "Brot GmbH", "DE", "C1071");
        String port = file("Dock strike", "Hafen AG", "DE", "H5222");

        JsonObject sector = ApiClient.object(alice.post(API + "/sectors/h49/follow"));
        assertEquals("sector", sector.getString("kind"));
        assertEquals("H49", sector.getJsonObject("sector").getString("code"));
        assertEquals("Transport", sector.getJsonObject("sector").getString("label"));
        assertEquals(List.of(trucks), feed(alice));

        ApiClient.object(alice.post(API + "/countries/DE/follow"));
        assertEquals(List.of(port, bakery, trucks), feed(alice));
        ApiClient.object(alice.post(API + "/tags/%23Spain/follow"));
        String madrid = file("Metro strike", "Metro de Madrid SA", "ES", "H4921");
        assertEquals(List.of(madrid, port, bakery, trucks), feed(alice), "#spain and H49 both match: shown once");

        JsonArray mine = ApiClient.array(alice.get(API + "/follows"));
        assertEquals(List.of("hashtag", "country", "sector"), mine.stream()
                .map(o -> ((JsonObject) o).getString("kind")).toList());
        assertEquals("spain", mine.getJsonObject(0).getString("hashtag"));
        List<String> home = ApiClient.ids(alice.get("/api/v1/timelines/home?limit=40"));
        assertTrue(home.containsAll(List.of(madrid, port, bakery, trucks)), home.toString());
        assertEquals(List.of(), feed(bob), "bob follows nothing");

        JsonObject gone = ApiClient.object(alice.send("DELETE", API + "/countries/de/follow", null, null));
        assertEquals(false, gone.getBoolean("following"));
        assertEquals(List.of(madrid, trucks), feed(alice));
        assertEquals(404, alice.send("DELETE", API + "/countries/DE/follow", null, null).statusCode());
    }

    @Test
    void scopesAreMastodonsForFollowsAndTheHomeTimelineForTheFeed() {
        ApiClient readOnly = ApiClient.as(node, "bob", "read");
        ApiClient statusesOnly = ApiClient.as(node, "bob", "write:statuses read:statuses");
        ApiClient followsOnly = ApiClient.as(node, "bob", "write:follows read:follows");
        ApiClient oldFollow = ApiClient.as(node, "bob", "follow");
        long before = follows();
        assertEquals(401, ApiClient.anonymous(node).post(API + "/countries/FR/follow").statusCode());
        assertEquals(403, readOnly.post(API + "/countries/FR/follow").statusCode());
        assertEquals(403, statusesOnly.post(API + "/countries/FR/follow").statusCode());
        assertEquals(before, follows());
        ApiClient.object(followsOnly.post(API + "/countries/FR/follow"));
        ApiClient.object(oldFollow.post(API + "/countries/IT/follow"));
        assertEquals(2, ApiClient.array(readOnly.get(API + "/follows")).size());
        assertEquals(2, ApiClient.array(oldFollow.get(API + "/follows")).size());
        assertEquals(403, followsOnly.get(API + "/feed").statusCode(), "the feed is a timeline: read:statuses");
        assertEquals(200, statusesOnly.get(API + "/feed").statusCode());
        assertEquals(401, ApiClient.anonymous(node).get(API + "/feed").statusCode());
        assertEquals(401, ApiClient.anonymous(node).get(API + "/follows").statusCode());
        ApiClient.object(followsOnly.send("DELETE", API + "/countries/FR/follow", null, null));
        ApiClient.object(followsOnly.send("DELETE", API + "/countries/IT/follow", null, null));
    }

    @Test
    void badSubjectsAreRefusedAndWriteNothing() {
        long before = follows();
        for (String path : List.of("/countries/ZZ/follow", "/countries/DEU/follow", "/sectors/Z99/follow",
                "/sectors/H49%25/follow", "/sectors/H49/follow?scheme=%27%3B--", "/tags/a%20b/follow",
                "/tags/" + "x".repeat(101) + "/follow")) {
            assertEquals(422, alice.post(API + path).statusCode(), path);
        }
        assertEquals(404, alice.post(API + "/employers/987654321/follow").statusCode());
        assertEquals(404, alice.post(API + "/employers/not-a-number/follow").statusCode());
        assertEquals(422, alice.get(API + "/feed?limit=x").statusCode());
        assertEquals(before, follows());
    }
}
