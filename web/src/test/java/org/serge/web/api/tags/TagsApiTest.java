package org.serge.web.api.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/**
 * Hashtags through the Mastodon API: the Tag entity, follow and unfollow, followed_tags, one follow shared with
 * Serge's API, followed hashtags in the home timeline (both of its plans), and refused requests.
 */
class TagsApiTest {

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

    private static List<String> home(ApiClient who) {
        return ApiClient.ids(who.get("/api/v1/timelines/home?limit=40"));
    }

    private static long follows() {
        return node.count("SELECT count(*) FROM struggle_follows");
    }

    @Test
    void tagEntityCountsPublicUseOfTodayAndSaysWhetherTheViewerFollows() {
        bob.postStatus("out on #Picket today", "public");
        carol.postStatus("also on the #picket", "unlisted");
        carol.postStatus("one more #picket", "public");
        carol.postStatus("secret #picket", "private");

        JsonObject anonymous = ApiClient.object(ApiClient.anonymous(node).get("/api/v1/tags/Picket"));
        assertEquals("picket", anonymous.getString("name"));
        assertEquals(node.baseUrl() + "/tags/picket", anonymous.getString("url"));
        assertFalse(anonymous.containsKey("following"), "no viewer, no following");
        JsonArray history = anonymous.getJsonArray("history");
        assertEquals(7, history.size());
        JsonObject today = history.getJsonObject(0);
        assertEquals(String.valueOf(Instant.now().truncatedTo(ChronoUnit.DAYS).getEpochSecond()), today.getString("day"));
        assertEquals("3", today.getString("uses"), "public and unlisted, never followers-only");
        assertEquals("2", today.getString("accounts"));
        assertEquals("0", history.getJsonObject(1).getString("uses"));

        JsonObject unused = ApiClient.object(alice.get("/api/v1/tags/%23nobodyusesthis"));
        assertEquals("nobodyusesthis", unused.getString("name"));
        assertEquals(false, unused.getBoolean("following"));
        assertEquals("0", unused.getJsonArray("history").getJsonObject(0).getString("uses"));
    }

    @Test
    void followIsOneWithSergesAndListedByBothApis() {
        JsonObject followed = ApiClient.object(alice.post("/api/v1/tags/Solidarity/follow"));
        assertEquals("solidarity", followed.getString("name"));
        assertTrue(followed.getBoolean("following"));
        assertTrue(ApiClient.object(alice.post("/api/v1/tags/solidarity/follow")).getBoolean("following"),
                "following again answers the tag");
        assertTrue(ApiClient.object(alice.get("/api/v1/tags/solidarity")).getBoolean("following"));
        assertFalse(ApiClient.object(bob.get("/api/v1/tags/solidarity")).getBoolean("following"), "alice's, not bob's");

        JsonArray serge = ApiClient.array(alice.get("/api/serge/v1/follows"));
        assertTrue(serge.stream().anyMatch(o -> "solidarity".equals(((JsonObject) o).getString("hashtag"))),
                serge.encode());
        ApiClient.object(alice.post("/api/serge/v1/tags/%23Dockers/follow"));
        List<String> names = names(ApiClient.array(alice.get("/api/v1/followed_tags")));
        assertEquals(List.of("dockers", "solidarity"), names.subList(0, 2), "newest follow first");
        assertTrue(ApiClient.object(alice.get("/api/v1/tags/dockers")).getBoolean("following"));
        assertEquals(List.of(), names(ApiClient.array(bob.get("/api/v1/followed_tags"))));

        JsonObject unfollowed = ApiClient.object(alice.post("/api/v1/tags/dockers/unfollow"));
        assertFalse(unfollowed.getBoolean("following"));
        assertFalse(ApiClient.array(alice.get("/api/serge/v1/follows")).stream()
                .anyMatch(o -> "dockers".equals(((JsonObject) o).getString("hashtag"))), "gone from Serge's list too");
        assertFalse(ApiClient.object(alice.post("/api/v1/tags/dockers/unfollow")).getBoolean("following"),
                "unfollowing what one does not follow answers the tag");
        ApiClient.object(alice.send("DELETE", "/api/serge/v1/tags/solidarity/follow", null, null));
        assertFalse(names(ApiClient.array(alice.get("/api/v1/followed_tags"))).contains("solidarity"));
    }

    @Test
    void followedTagsArePagedByLink() {
        ApiClient dave = ApiClient.as(node, "carol");
        for (String tag : List.of("one", "two", "three")) {
            ApiClient.object(dave.post("/api/v1/tags/" + tag + "/follow"));
        }
        HttpResponse<String> first = dave.get("/api/v1/followed_tags?limit=2");
        assertEquals(List.of("three", "two"), names(ApiClient.array(first)));
        String next = ApiClient.link(first, "next");
        assertNotNull(next);
        assertTrue(next.startsWith(node.baseUrl() + "/api/v1/followed_tags?limit=2&max_id="), next);
        assertEquals(List.of("one"), names(ApiClient.array(dave.get(next))));
        String prev = ApiClient.link(first, "prev");
        assertEquals(List.of(), names(ApiClient.array(dave.get(prev))));
        for (String tag : List.of("one", "two", "three")) {
            ApiClient.object(dave.post("/api/v1/tags/" + tag + "/unfollow"));
        }
    }

    @Test
    void followedTagsBringPublicStatusesIntoHomeWithFewFollows() {
        ApiClient member = bob;
        ApiClient.object(member.post("/api/v1/tags/walkout/follow"));
        String tagged = carol.postStatus("the #Walkout starts at noon", "public").getString("id");
        String unlisted = carol.postStatus("quiet #walkout", "unlisted").getString("id");
        String followersOnly = carol.postStatus("followers #walkout", "private").getString("id");
        String untagged = carol.postStatus("no tag", "public").getString("id");
        String direct = carol.postStatus("@alice a #walkout between us", "direct").getString("id");
        String boost = ApiClient.object(alice.post("/api/v1/statuses/" + tagged + "/reblog")).getString("id");
        String remote = remoteTaggedStatus("walkout");

        List<String> home = home(member);
        assertTrue(home.containsAll(List.of(tagged, remote)), home.toString());
        for (String absent : List.of(unlisted, followersOnly, untagged, direct, boost)) {
            assertFalse(home.contains(absent), absent + " in " + home);
        }
        assertEquals(home.stream().distinct().count(), home.size());

        HttpResponse<String> onePage = member.get("/api/v1/timelines/home?limit=1");
        assertEquals(List.of(remote), ApiClient.ids(onePage), "the newest first");
        assertTrue(ApiClient.ids(member.get(ApiClient.link(onePage, "next"))).contains(tagged));

        ApiClient.object(member.post("/api/v1/accounts/" + Fixtures.CAROL.id() + "/block"));
        assertFalse(home(member).contains(tagged), "not from a blocked account");
        ApiClient.object(member.post("/api/v1/accounts/" + Fixtures.CAROL.id() + "/unblock"));
        assertTrue(home(member).contains(tagged));

        ApiClient.object(member.post("/api/v1/tags/walkout/unfollow"));
        assertFalse(home(member).contains(tagged));
        assertFalse(home(member).contains(remote));
    }

    @Test
    void followedTagsBringPublicStatusesIntoHomeWithManyFollows() {
        // alice follows more accounts than the merged plan takes (TimelineRepository.FEW_FOLLOWS)
        node.count("WITH a AS (INSERT INTO accounts (id, username, domain, uri, inbox_url, display_name)"
                + " SELECT 7000000 + g, 'many' || g, 'many.test', 'https://many.test/users/many' || g,"
                + " 'https://many.test/users/many' || g || '/inbox', 'Many ' || g FROM generate_series(1, 20) g"
                + " RETURNING id), f AS (INSERT INTO follows (id, account_id, target_account_id)"
                + " SELECT 7100000 + id, " + Fixtures.ALICE.id() + ", id FROM a RETURNING 1) SELECT count(*) FROM f");
        ApiClient.object(alice.post("/api/v1/tags/lockout/follow"));
        String tagged = carol.postStatus("a #lockout at the plant", "public").getString("id");
        String followersOnly = carol.postStatus("followers #lockout", "private").getString("id");
        String untagged = carol.postStatus("no tag here", "public").getString("id");
        String remote = remoteTaggedStatus("lockout");
        String own = alice.postStatus("my own post", "public").getString("id");

        List<String> home = home(alice);
        assertTrue(home.containsAll(List.of(tagged, remote, own)), home.toString());
        assertFalse(home.contains(followersOnly));
        assertFalse(home.contains(untagged));

        ApiClient.object(alice.post("/api/v1/accounts/" + Fixtures.CAROL.id() + "/mute"));
        assertFalse(home(alice).contains(tagged), "not from a muted account");
        ApiClient.object(alice.post("/api/v1/accounts/" + Fixtures.CAROL.id() + "/unmute"));
        ApiClient.object(alice.post("/api/v1/tags/lockout/unfollow"));
        assertFalse(home(alice).contains(tagged));
        assertTrue(home(alice).contains(own));
    }

    @Test
    void refusedRequestsWriteNothing() {
        ApiClient readOnly = ApiClient.as(node, "bob", "read");
        ApiClient statuses = ApiClient.as(node, "bob", "read:statuses write:statuses");
        ApiClient followsOnly = ApiClient.as(node, "bob", "write:follows");
        long before = follows();
        assertEquals(401, ApiClient.anonymous(node).post("/api/v1/tags/strike/follow").statusCode());
        assertEquals(401, ApiClient.anonymous(node).post("/api/v1/tags/strike/unfollow").statusCode());
        assertEquals(403, readOnly.post("/api/v1/tags/strike/follow").statusCode());
        assertEquals(403, statuses.post("/api/v1/tags/strike/follow").statusCode());
        for (String bad : List.of("a%20b", "x".repeat(101), "%23", "semi%3Bcolon", "%27--")) {
            assertEquals(422, bob.post("/api/v1/tags/" + bad + "/follow").statusCode(), bad);
            assertEquals(422, bob.get("/api/v1/tags/" + bad).statusCode(), bad);
        }
        assertEquals(before, follows());

        assertEquals(401, ApiClient.anonymous(node).get("/api/v1/followed_tags").statusCode());
        assertEquals(403, followsOnly.get("/api/v1/followed_tags").statusCode());
        assertEquals(403, statuses.get("/api/v1/followed_tags").statusCode());
        assertEquals(200, ApiClient.as(node, "bob", "follow").get("/api/v1/followed_tags").statusCode());
        assertEquals(422, bob.get("/api/v1/followed_tags?limit=x").statusCode());
        assertEquals(422, bob.get("/api/v1/followed_tags?max_id=abc").statusCode());
        assertEquals(200, followsOnly.get("/api/v1/tags/strike").statusCode(), "a tag is public: any valid token");
        HttpResponse<String> forged = ApiClient.anonymous(node).send("GET", "/api/v1/tags/strike", null, null,
                "Authorization", "Bearer forged");
        assertEquals(401, forged.statusCode());
        assertNull(new JsonObject(ApiClient.anonymous(node).get("/api/v1/tags/strike").body()).getValue("following"));
    }

    /** A public status of a remote account carrying the hashtag, as the inbox would store it. */
    private static String remoteTaggedStatus(String tag) {
        long id = node.count("SELECT ((extract(epoch FROM clock_timestamp()) * 1000)::bigint << 16) + 4242");
        node.count("WITH a AS (INSERT INTO accounts (id, username, domain, uri, inbox_url, display_name)"
                + " VALUES (6000001, 'far', 'far.test', 'https://far.test/users/far', 'https://far.test/inbox', 'Far')"
                + " ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*) FROM a");
        node.count("WITH s AS (INSERT INTO statuses (id, uri, account_id, local, visibility, content)"
                + " VALUES ($1::bigint, 'https://far.test/s/' || $1::bigint, 6000001, false, 'public', '<p>#" + tag + "</p>')"
                + " RETURNING id), t AS (INSERT INTO status_tags (status_id, name) SELECT id, $2 FROM s RETURNING 1)"
                + " SELECT count(*) FROM t", id, tag);
        return String.valueOf(id);
    }

    private static List<String> names(JsonArray tags) {
        return tags.stream().map(o -> ((JsonObject) o).getString("name")).toList();
    }
}
