package org.serge.web.api.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.testkit.Fixtures;
import org.serge.web.Wiring;
import org.serge.web.api.misc.ApiCalls;
import org.serge.web.testing.TestNode;

/**
 * Notifications made by local members' actions through the services (follow, mention, favourite, boost), listed,
 * filtered, paged, shown, dismissed and cleared through the API.
 */
class NotificationsApiTest {

    private static TestNode node;
    private static ApiCalls api;
    private static Wiring wiring;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
        api = new ApiCalls(node);
        wiring = node.node().wiring();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static List<String> types(JsonArray notifications) {
        List<String> types = new ArrayList<>();
        notifications.forEach(n -> types.add(((JsonObject) n).getString("type")));
        return types;
    }

    @Test
    void followMentionFavouriteAndBoostNotifyTheLocalMember() {
        Account alice = node.member("alice");
        Account bob = node.member("bob");
        String aliceToken = api.token("alice", "read write");

        node.await(wiring.follows().follow(bob, alice));
        Status mention = node.await(wiring.statuses().post(bob,
                PostRequest.text("@alice see you at the meeting", Visibility.PUBLIC)));
        Status own = node.await(wiring.statuses().post(alice, PostRequest.text("Meeting at 6", Visibility.PUBLIC)));
        node.await(wiring.statuses().favourite(bob, own.id()));
        node.await(wiring.statuses().reblog(bob, own.id()));
        node.await(wiring.statuses().favourite(alice, own.id()));

        JsonArray all = api.array("/api/v1/notifications", aliceToken);
        assertEquals(List.of("reblog", "favourite", "mention", "follow"), types(all), "newest first, none for herself");
        for (Object item : all) {
            JsonObject n = (JsonObject) item;
            assertEquals("bob", n.getJsonObject("account").getString("acct"));
            assertEquals("ungrouped-" + n.getString("id"), n.getString("group_key"));
            assertTrue(n.getString("created_at").matches("\\d{4}-\\d\\d-\\d\\dT[\\d:]{8}\\.\\d{3}Z"));
        }
        JsonObject mentionJson = all.getJsonObject(2);
        assertEquals(String.valueOf(mention.id()), mentionJson.getJsonObject("status").getString("id"));
        assertEquals(String.valueOf(own.id()), all.getJsonObject(0).getJsonObject("status").getString("id"));
        assertEquals(String.valueOf(own.id()), all.getJsonObject(1).getJsonObject("status").getString("id"));
        assertFalse(all.getJsonObject(3).containsKey("status"), "a follow has no status");

        assertEquals(List.of("mention"), types(api.array("/api/v1/notifications?types[]=mention", aliceToken)));
        assertEquals(List.of("favourite", "mention"),
                types(api.array("/api/v1/notifications?types[]=mention&types[]=favourite", aliceToken)));
        assertEquals(List.of("reblog", "follow"), types(api.array(
                "/api/v1/notifications?exclude_types[]=mention&exclude_types[]=favourite", aliceToken)));
        assertEquals(4, api.array("/api/v1/notifications?account_id=" + bob.id(), aliceToken).size());
        assertEquals(0, api.array("/api/v1/notifications?account_id=" + alice.id(), aliceToken).size());
        assertEquals(422, api.get("/api/v1/notifications?max_id=x", aliceToken).statusCode());

        JsonObject one = api.object("/api/v1/notifications/" + mentionJson.getString("id"), aliceToken);
        assertEquals("mention", one.getString("type"));
    }

    @Test
    void pagesFollowTheLinkHeaderBothWays() {
        Account carol = node.member("carol");
        Account bob = node.member("bob");
        String carolToken = api.token("carol", "read");
        for (int i = 0; i < 5; i++) {
            node.await(wiring.statuses().post(bob, PostRequest.text("@carol number " + i, Visibility.PUBLIC)));
        }
        List<String> seen = new ArrayList<>();
        String filter = "types[]=mention&account_id=" + bob.id();
        String path = "/api/v1/notifications?limit=2&" + filter;
        HttpResponse<String> last = null;
        while (path != null) {
            HttpResponse<String> page = api.get(path, carolToken);
            assertEquals(200, page.statusCode(), page.body());
            JsonArray items = new JsonArray(page.body());
            if (items.isEmpty()) {
                assertEquals("", ApiCalls.link(page), "an empty page has no Link");
                break;
            }
            items.forEach(n -> seen.add(((JsonObject) n).getString("id")));
            String link = ApiCalls.link(page);
            assertTrue(link.startsWith("<" + node.baseUrl() + "/api/v1/notifications?"), link);
            assertTrue(link.indexOf("rel=\"next\"") < link.indexOf("rel=\"prev\""), "next comes first: " + link);
            assertTrue(link.contains("types%5B%5D=mention") || link.contains("types[]=mention"), link);
            last = page;
            String next = ApiCalls.next(page);
            path = next.substring(node.baseUrl().length());
        }
        assertEquals(5, seen.size());
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort((a, b) -> a.length() != b.length() ? b.length() - a.length() : b.compareTo(a));
        assertEquals(sorted, seen, "ids come newest first across pages");

        // min_id walks forward: the page just above the oldest
        JsonArray above = api.array("/api/v1/notifications?" + filter + "&limit=2&min_id=" + seen.get(4),
                carolToken);
        assertEquals(List.of(seen.get(2), seen.get(3)), List.of(above.getJsonObject(0).getString("id"),
                above.getJsonObject(1).getString("id")));
        JsonArray since = api.array("/api/v1/notifications?" + filter + "&limit=2&since_id=" + seen.get(4),
                carolToken);
        assertEquals(seen.get(0), since.getJsonObject(0).getString("id"), "since_id gives the newest");
        assertTrue(last != null);
    }

    @Test
    void dismissClearAndOtherMembersNotificationsAre404() {
        Account alice = node.member("alice");
        Account carol = node.member("carol");
        String carolToken = api.token("carol", "read write");
        String aliceToken = api.token("alice", "read write");
        Status post = node.await(wiring.statuses().post(alice, PostRequest.text("@carol hi", Visibility.DIRECT)));
        JsonArray mine = api.array("/api/v1/notifications?account_id=" + alice.id(), carolToken);
        assertEquals(1, mine.size());
        assertEquals(String.valueOf(post.id()), mine.getJsonObject(0).getJsonObject("status").getString("id"),
                "a direct message to her is shown to her");
        String id = mine.getJsonObject(0).getString("id");

        assertEquals(404, api.get("/api/v1/notifications/" + id, aliceToken).statusCode(), "not alice's");
        assertEquals(404, api.post("/api/v1/notifications/" + id + "/dismiss", aliceToken, null, null).statusCode());
        assertEquals(404, api.get("/api/v1/notifications/abc", carolToken).statusCode());
        assertEquals(401, api.get("/api/v1/notifications/" + id, null).statusCode());
        assertEquals(403, api.post("/api/v1/notifications/" + id + "/dismiss", api.token("carol", "read"), null,
                null).statusCode());

        HttpResponse<String> dismissed = api.post("/api/v1/notifications/" + id + "/dismiss", carolToken, null, null);
        assertEquals(200, dismissed.statusCode(), dismissed.body());
        assertEquals(new JsonObject(), new JsonObject(dismissed.body()));
        assertEquals(404, api.get("/api/v1/notifications/" + id, carolToken).statusCode());

        node.await(wiring.follows().follow(carol, alice));
        node.await(wiring.statuses().post(alice, PostRequest.text("@carol again", Visibility.PUBLIC)));
        assertTrue(api.array("/api/v1/notifications", aliceToken).size() > 0);
        HttpResponse<String> cleared = api.post("/api/v1/notifications/clear", aliceToken, null, null);
        assertEquals(200, cleared.statusCode());
        assertEquals(new JsonArray(), api.array("/api/v1/notifications", aliceToken));
        assertTrue(api.array("/api/v1/notifications", carolToken).size() > 0, "clearing is per member");
    }
}
