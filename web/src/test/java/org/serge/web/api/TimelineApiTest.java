package org.serge.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.serge.web.testing.TestNode;

class TimelineApiTest {

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
        // alice follows bob; nobody follows carol
        ApiClient.object(alice.post("/api/v1/accounts/" + Fixtures.BOB.id() + "/follow"));
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void homeShowsFollowedAndOwnAndHidesOthersPrivate() {
        String bobPublic = bob.postStatus("bob public", "public").getString("id");
        String bobPrivate = bob.postStatus("bob followers", "private").getString("id");
        String bobDirectToCarol = bob.postStatus("@carol psst", "direct").getString("id");
        String bobDirectToAlice = bob.postStatus("@alice psst", "direct").getString("id");
        String carolPublic = carol.postStatus("carol public", "public").getString("id");
        String alicePrivate = alice.postStatus("alice followers", "private").getString("id");
        String boost = ApiClient.object(bob.post("/api/v1/statuses/" + carolPublic + "/reblog")).getString("id");

        List<String> home = ApiClient.ids(alice.get("/api/v1/timelines/home?limit=40"));
        assertTrue(home.containsAll(List.of(bobPublic, bobPrivate, bobDirectToAlice, alicePrivate, boost)), home.toString());
        assertFalse(home.contains(bobDirectToCarol));
        assertFalse(home.contains(carolPublic), "carol is not followed; her post arrives only as bob's boost");
        assertEquals(home.stream().sorted(TimelineApiTest::newestFirst).toList(), home);

        List<String> carolsHome = ApiClient.ids(carol.get("/api/v1/timelines/home?limit=40"));
        assertFalse(carolsHome.contains(bobPrivate));
        assertFalse(carolsHome.contains(bobDirectToCarol), "direct posts of accounts not followed stay out");

        List<String> publicIds = ApiClient.ids(ApiClient.anonymous(node).get("/api/v1/timelines/public?limit=40"));
        assertTrue(publicIds.containsAll(List.of(bobPublic, carolPublic)));
        assertFalse(publicIds.contains(bobPrivate));
        assertFalse(publicIds.contains(boost), "boosts stay out of public timelines");
        assertTrue(ApiClient.ids(alice.get("/api/v1/timelines/public?local=true")).contains(bobPublic));
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/timelines/public?remote=true")));
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/timelines/public?only_media=true")));
    }

    @Test
    void tagTimelineAndAccountStatuses() {
        String tagged = carol.postStatus("on #Strike today", "public").getString("id");
        carol.postStatus("on #strike quietly", "private");
        assertEquals(List.of(tagged), ApiClient.ids(alice.get("/api/v1/timelines/tag/strike")));
        assertEquals(List.of(tagged), ApiClient.ids(ApiClient.anonymous(node).get("/api/v1/timelines/tag/STRIKE")));

        String reply = ApiClient.object(carol.form("POST", "/api/v1/statuses",
                "status=reply&in_reply_to_id=" + bob.postStatus("root", "public").getString("id"))).getString("id");
        List<String> all = ApiClient.ids(alice.get("/api/v1/accounts/" + Fixtures.CAROL.id() + "/statuses"));
        assertTrue(all.contains(reply) && all.contains(tagged));
        assertEquals(all.size(), all.stream().distinct().count());
        List<String> noReplies = ApiClient.ids(alice.get("/api/v1/accounts/" + Fixtures.CAROL.id()
                + "/statuses?exclude_replies=true"));
        assertFalse(noReplies.contains(reply));
        assertEquals(List.of(tagged), ApiClient.ids(alice.get("/api/v1/accounts/" + Fixtures.CAROL.id()
                + "/statuses?tagged=strike")));
        List<String> own = ApiClient.ids(carol.get("/api/v1/accounts/" + Fixtures.CAROL.id() + "/statuses?limit=40"));
        assertEquals(all.size() + 1, own.size(), "carol sees her own private post");
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/accounts/" + Fixtures.CAROL.id() + "/statuses?pinned=true")));
        assertEquals(404, alice.get("/api/v1/accounts/999/statuses").statusCode());
    }

    @Test
    void pagingFollowsLinkNextAndPrevAndHonoursMinAndSinceId() {
        ApiClient dave = pager();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(0, dave.postStatus("page " + i, "public").getString("id"));
        }
        // newest first, one per page, by following Link rel="next"
        List<String> walked = new ArrayList<>();
        String url = "/api/v1/timelines/home?limit=1";
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> page = dave.get(url);
            List<String> ids = ApiClient.ids(page);
            assertEquals(1, ids.size());
            walked.add(ids.get(0));
            String header = page.headers().firstValue("Link").orElseThrow();
            assertTrue(header.startsWith("<" + node.url("/api/v1/timelines/home?")), header);
            assertTrue(header.indexOf("rel=\"next\"") < header.indexOf("rel=\"prev\""), header);
            url = ApiClient.link(page, "next");
            assertTrue(url.contains("limit=1"), url);
            last = page;
        }
        assertEquals(posted, walked);
        HttpResponse<String> end = dave.get(url);
        assertEquals(List.of(), ApiClient.ids(end));
        assertNull(end.headers().firstValue("Link").orElse(null));
        // prev of the last page is the one just above it
        assertEquals(List.of(posted.get(3)), ApiClient.ids(dave.get(ApiClient.link(last, "prev"))));

        String oldest = posted.get(4);
        assertEquals(List.of(posted.get(2), posted.get(3)),
                ApiClient.ids(dave.get("/api/v1/timelines/home?limit=2&min_id=" + oldest)), "min_id: just above");
        assertEquals(List.of(posted.get(0), posted.get(1)),
                ApiClient.ids(dave.get("/api/v1/timelines/home?limit=2&since_id=" + oldest)), "since_id: newest");
        assertEquals(List.of(posted.get(2), posted.get(3)), ApiClient.ids(dave.get("/api/v1/timelines/home?limit=2&max_id="
                + posted.get(1) + "&since_id=" + oldest)));
        assertEquals(5, ApiClient.ids(dave.get("/api/v1/timelines/home?limit=-5")).size(), "limit below 1: default");
        assertEquals(5, ApiClient.ids(dave.get("/api/v1/timelines/home?limit=1000")).size(), "limit clamped");
        assertEquals(422, dave.get("/api/v1/timelines/home?limit=many").statusCode());
        assertEquals(422, dave.get("/api/v1/timelines/home?max_id=abc").statusCode());
        JsonObject error = new JsonObject(dave.get("/api/v1/timelines/home?max_id=abc").body());
        assertTrue(error.getString("error").contains("max_id"));
    }

    private static ApiClient pager() {
        org.serge.web.testing.Cli.Result created = org.serge.web.testing.Cli.run("admin", "create-account", "dave",
                "--database-url", node.db().url(), "--domain", node.domain(), "--dev");
        assertEquals(0, created.exitCode(), created.err());
        return ApiClient.as(node, "dave");
    }

    private static int newestFirst(String a, String b) {
        return Long.compare(Long.parseLong(b), Long.parseLong(a));
    }
}
