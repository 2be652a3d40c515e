package org.serge.web.api.filters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** Filters v2: stored and returned as Mastodon's, matched into Status.filtered, hide applied to the home timeline. */
class FiltersApiTest {

    private static TestNode node;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static List<String> uris(JsonArray statuses) {
        return statuses.stream().map(o -> ((JsonObject) o).getString("uri")).toList();
    }

    @Test
    void aFilterIsStoredMatchedAndEdited() {
        ApiClient alice = ApiClient.as(node, "alice");
        ApiClient bob = ApiClient.as(node, "bob");
        ApiClient.object(alice.post("/api/v1/accounts/" + Fixtures.BOB.id() + "/follow"));

        // Rails-style nested attributes in a form
        JsonObject filter = ApiClient.object(alice.form("POST", "/api/v2/filters",
                "title=Scabs&context[]=home&context[]=public&filter_action=warn&expires_in=3600"
                        + "&keywords_attributes[][keyword]=scab&keywords_attributes[][whole_word]=true"
                        + "&keywords_attributes[][keyword]=strikebreak&keywords_attributes[][whole_word]=false"));
        assertEquals("Scabs", filter.getString("title"));
        assertEquals(new JsonArray().add("home").add("public"), filter.getJsonArray("context"));
        assertEquals("warn", filter.getString("filter_action"));
        assertNotNull(filter.getString("expires_at"));
        assertEquals(new JsonArray(), filter.getJsonArray("statuses"));
        JsonArray keywords = filter.getJsonArray("keywords");
        assertEquals(2, keywords.size());
        assertEquals("scab", keywords.getJsonObject(0).getString("keyword"));
        assertTrue(keywords.getJsonObject(0).getBoolean("whole_word"));
        assertFalse(keywords.getJsonObject(1).getBoolean("whole_word"));
        String id = filter.getString("id");
        assertEquals(filter, ApiClient.object(alice.get("/api/v2/filters/" + id)));
        assertEquals(List.of(id), ApiClient.ids(alice.get("/api/v2/filters")));
        assertEquals(2, ApiClient.array(alice.get("/api/v1/filters")).size(), "v1: one entry per keyword");

        JsonObject matching = bob.postStatus("No SCAB crosses this line", "public");
        JsonObject partial = bob.postStatus("The strikebreakers came at dawn", "public");
        JsonObject other = bob.postStatus("Scabbard is not a match", "public");
        JsonArray filtered = ApiClient.object(alice.get("/api/v1/statuses/" + matching.getString("id")))
                .getJsonArray("filtered");
        assertEquals(1, filtered.size());
        assertEquals(id, filtered.getJsonObject(0).getJsonObject("filter").getString("id"));
        assertEquals(new JsonArray().add("scab"), filtered.getJsonObject(0).getJsonArray("keyword_matches"));
        assertEquals(1, ApiClient.object(alice.get("/api/v1/statuses/" + partial.getString("id")))
                .getJsonArray("filtered").size(), "not a whole word: part of a word matches");
        assertEquals(0, ApiClient.object(alice.get("/api/v1/statuses/" + other.getString("id")))
                .getJsonArray("filtered").size(), "a whole word does not match inside another");
        assertEquals(0, ApiClient.object(bob.get("/api/v1/statuses/" + matching.getString("id")))
                .getJsonArray("filtered").size(), "filters are the viewer's own");
        assertTrue(uris(ApiClient.array(alice.get("/api/v1/timelines/home"))).contains(matching.getString("uri")),
                "warn keeps the status in the timeline");

        // hide, with a JSON body: a keyword changed, one removed, one added
        String scabId = keywords.getJsonObject(0).getString("id");
        String breakId = keywords.getJsonObject(1).getString("id");
        JsonObject updated = ApiClient.object(alice.json("PUT", "/api/v2/filters/" + id, new JsonObject()
                .put("filter_action", "hide").put("expires_in", "")
                .put("keywords_attributes", new JsonArray()
                        .add(new JsonObject().put("id", scabId).put("keyword", "scabs"))
                        .add(new JsonObject().put("id", breakId).put("_destroy", true))
                        .add(new JsonObject().put("keyword", "lockout")))));
        assertEquals("hide", updated.getString("filter_action"));
        assertNull(updated.getString("expires_at"));
        assertEquals(List.of("scabs", "lockout"), updated.getJsonArray("keywords").stream()
                .map(k -> ((JsonObject) k).getString("keyword")).toList());
        String lockout = bob.postStatus("A lockout at the depot", "public").getString("uri");
        List<String> home = uris(ApiClient.array(alice.get("/api/v1/timelines/home")));
        assertFalse(home.contains(lockout), "hide removes it from home");
        assertTrue(uris(ApiClient.array(bob.get("/api/v1/timelines/home"))).contains(lockout));

        // keyword endpoints
        JsonObject added = ApiClient.object(alice.form("POST", "/api/v2/filters/" + id + "/keywords",
                "keyword=blackleg&whole_word=false"));
        assertEquals("blackleg", added.getString("keyword"));
        assertEquals(3, ApiClient.array(alice.get("/api/v2/filters/" + id + "/keywords")).size());
        assertEquals(added, ApiClient.object(alice.get("/api/v2/filters/keywords/" + added.getString("id"))));
        assertEquals(200, alice.send("DELETE", "/api/v2/filters/keywords/" + added.getString("id"), null, null)
                .statusCode());
        assertEquals(2, ApiClient.array(alice.get("/api/v2/filters/" + id + "/keywords")).size());

        assertEquals(200, alice.send("DELETE", "/api/v2/filters/" + id, null, null).statusCode());
        assertEquals(404, alice.get("/api/v2/filters/" + id).statusCode());
        assertEquals(0, node.count("SELECT count(*) FROM filter_keywords WHERE filter_id = $1", Long.parseLong(id)));
    }

    @Test
    void hostileFilterRequestsAreRefused() {
        ApiClient carol = ApiClient.as(node, "carol");
        ApiClient bob = ApiClient.as(node, "bob");
        assertEquals(401, ApiClient.anonymous(node).get("/api/v2/filters").statusCode());
        assertEquals(403, ApiClient.as(node, "carol", "write").get("/api/v2/filters").statusCode());
        assertEquals(403, ApiClient.as(node, "carol", "read").form("POST", "/api/v2/filters",
                "title=x&context[]=home").statusCode());
        for (String bad : new String[]{"context[]=home", "title=x", "title=x&context[]=everywhere",
                "title=x&context[]=home&filter_action=explode", "title=x&context[]=home&expires_in=soon",
                "title=x&context[]=home&keywords_attributes[][keyword]=", "title=x&context[]=home&keywords_attributes[x]=1"}) {
            assertEquals(422, carol.form("POST", "/api/v2/filters", bad).statusCode(), bad);
        }
        assertEquals(0, node.count("SELECT count(*) FROM filters WHERE account_id = $1", Fixtures.CAROL.id()));

        String bobs = ApiClient.object(bob.form("POST", "/api/v2/filters",
                "title=Mine&context[]=home&keywords_attributes[][keyword]=x")).getString("id");
        String keyword = ApiClient.object(bob.get("/api/v2/filters/" + bobs)).getJsonArray("keywords")
                .getJsonObject(0).getString("id");
        assertEquals(404, carol.get("/api/v2/filters/" + bobs).statusCode());
        assertEquals(404, carol.form("PUT", "/api/v2/filters/" + bobs, "title=Stolen").statusCode());
        assertEquals(404, carol.send("DELETE", "/api/v2/filters/" + bobs, null, null).statusCode());
        assertEquals(404, carol.get("/api/v2/filters/keywords/" + keyword).statusCode());
        assertEquals(404, carol.send("DELETE", "/api/v2/filters/keywords/" + keyword, null, null).statusCode());
        // carol can't reach bob's keyword through her own filter either
        String hers = ApiClient.object(carol.form("POST", "/api/v2/filters", "title=Hers&context[]=home"))
                .getString("id");
        assertEquals(404, carol.form("PUT", "/api/v2/filters/" + hers,
                "keywords_attributes[][id]=" + keyword + "&keywords_attributes[][_destroy]=1").statusCode());
        assertEquals("Mine", ApiClient.object(bob.get("/api/v2/filters/" + bobs)).getString("title"));
        assertEquals(1, node.count("SELECT count(*) FROM filter_keywords WHERE id = $1", Long.parseLong(keyword)));
    }
}
