package org.serge.web.api.lists;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/** Lists: create, read, update, delete, their accounts, their timeline, and an account's lists. */
class ListsApiTest {

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
    void aListHoldsFollowedAccountsAndShowsTheirStatuses() {
        ApiClient alice = ApiClient.as(node, "alice");
        ApiClient bob = ApiClient.as(node, "bob");
        ApiClient carol = ApiClient.as(node, "carol");
        String bobId = String.valueOf(Fixtures.BOB.id());
        String carolId = String.valueOf(Fixtures.CAROL.id());
        ApiClient.object(alice.post("/api/v1/accounts/" + bobId + "/follow"));
        ApiClient.object(alice.post("/api/v1/accounts/" + carolId + "/follow"));

        JsonObject list = ApiClient.object(alice.form("POST", "/api/v1/lists", "title=Depot+workers"));
        assertEquals("Depot workers", list.getString("title"));
        assertEquals("list", list.getString("replies_policy"));
        assertFalse(list.getBoolean("exclusive"));
        String id = list.getString("id");
        assertEquals(List.of(id), ApiClient.ids(alice.get("/api/v1/lists")));
        assertEquals(list, ApiClient.object(alice.get("/api/v1/lists/" + id)));

        JsonObject renamed = ApiClient.object(alice.json("PUT", "/api/v1/lists/" + id,
                new JsonObject().put("title", "Depot").put("replies_policy", "followed")));
        assertEquals("Depot", renamed.getString("title"));
        assertEquals("followed", renamed.getString("replies_policy"));

        assertEquals(new JsonObject(), ApiClient.object(alice.form("POST", "/api/v1/lists/" + id + "/accounts",
                "account_ids[]=" + bobId)));
        assertEquals(List.of(bobId), ApiClient.ids(alice.get("/api/v1/lists/" + id + "/accounts")));
        assertEquals(List.of(bobId), ApiClient.ids(alice.get("/api/v1/lists/" + id + "/accounts?limit=0")));
        assertEquals(List.of(id), ApiClient.ids(alice.get("/api/v1/accounts/" + bobId + "/lists")));
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/accounts/" + carolId + "/lists")));

        String bobs = bob.postStatus("bob's picket report", "public").getString("uri");
        String carols = carol.postStatus("carol's picket report", "public").getString("uri");
        List<String> timeline = uris(ApiClient.array(alice.get("/api/v1/timelines/list/" + id)));
        assertTrue(timeline.contains(bobs), timeline.toString());
        assertFalse(timeline.contains(carols), "carol is not in the list");

        HttpResponse<String> removed = alice.send("DELETE", "/api/v1/lists/" + id + "/accounts?account_ids[]=" + bobId,
                null, null);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/lists/" + id + "/accounts")));
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/timelines/list/" + id)));

        assertEquals(200, alice.send("DELETE", "/api/v1/lists/" + id, null, null).statusCode());
        assertEquals(404, alice.get("/api/v1/lists/" + id).statusCode());
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/lists")));
    }

    @Test
    void anotherMembersListDoesNotExist() {
        ApiClient bob = ApiClient.as(node, "bob");
        ApiClient carol = ApiClient.as(node, "carol");
        ApiClient.object(bob.post("/api/v1/accounts/" + Fixtures.ALICE.id() + "/follow"));
        String id = ApiClient.object(bob.form("POST", "/api/v1/lists", "title=Mine")).getString("id");
        assertEquals(404, carol.get("/api/v1/lists/" + id).statusCode());
        assertEquals(404, carol.get("/api/v1/lists/" + id + "/accounts").statusCode());
        assertEquals(404, carol.get("/api/v1/timelines/list/" + id).statusCode());
        assertEquals(404, carol.json("PUT", "/api/v1/lists/" + id, new JsonObject().put("title", "Stolen")).statusCode());
        assertEquals(404, carol.send("DELETE", "/api/v1/lists/" + id, null, null).statusCode());
        assertEquals(404, carol.form("POST", "/api/v1/lists/" + id + "/accounts",
                "account_ids[]=" + Fixtures.ALICE.id()).statusCode());
        assertEquals("Mine", ApiClient.object(bob.get("/api/v1/lists/" + id)).getString("title"));
        assertFalse(ApiClient.ids(carol.get("/api/v1/lists")).contains(id));
    }

    @Test
    void hostileListRequestsAreRefused() {
        ApiClient carol = ApiClient.as(node, "carol");
        assertEquals(401, ApiClient.anonymous(node).get("/api/v1/lists").statusCode());
        assertEquals(403, ApiClient.as(node, "carol", "write").get("/api/v1/lists").statusCode());
        assertEquals(403, ApiClient.as(node, "carol", "read").form("POST", "/api/v1/lists", "title=x").statusCode());
        assertEquals(422, carol.form("POST", "/api/v1/lists", "title=").statusCode());
        assertEquals(422, carol.form("POST", "/api/v1/lists", "title=x&replies_policy=everyone").statusCode());
        String id = ApiClient.object(carol.form("POST", "/api/v1/lists", "title=Friends")).getString("id");
        // carol follows nobody: adding bob is refused, and so are malformed ids
        assertEquals(422, carol.form("POST", "/api/v1/lists/" + id + "/accounts",
                "account_ids[]=" + Fixtures.BOB.id()).statusCode());
        assertEquals(422, carol.form("POST", "/api/v1/lists/" + id + "/accounts", "account_ids[]=bob").statusCode());
        assertEquals(422, carol.form("POST", "/api/v1/lists/" + id + "/accounts", "").statusCode());
        assertEquals(0, node.count("SELECT count(*) FROM list_accounts WHERE list_id = $1", Long.parseLong(id)));
        assertEquals(404, carol.get("/api/v1/accounts/999/lists").statusCode());
        assertEquals(422, carol.get("/api/v1/timelines/list/" + id + "?max_id=x").statusCode());
    }
}
