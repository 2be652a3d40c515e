package org.serge.web.api.notifications;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/** GET /api/v1/notifications/unread_count: newer than the notifications marker, capped by limit. */
class UnreadCountApiTest {

    private static TestNode node;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static int count(ApiClient client, String query) {
        return ApiClient.object(client.get("/api/v1/notifications/unread_count" + query)).getInteger("count");
    }

    @Test
    void countsWhatIsNewerThanTheMarker() {
        ApiClient alice = ApiClient.as(node, "alice");
        ApiClient bob = ApiClient.as(node, "bob");
        assertEquals(0, count(alice, ""));
        ApiClient.object(bob.post("/api/v1/accounts/" + Fixtures.ALICE.id() + "/follow"));
        for (int i = 0; i < 3; i++) {
            bob.postStatus("@alice number " + i, "public");
        }
        assertEquals(4, count(alice, ""));
        assertEquals(2, count(alice, "?limit=2"));
        assertEquals(3, count(alice, "?types[]=mention"));
        assertEquals(1, count(alice, "?exclude_types[]=mention"));

        String newest = ApiClient.array(alice.get("/api/v1/notifications?limit=2")).getJsonObject(1).getString("id");
        ApiClient.object(alice.form("POST", "/api/v1/markers", "notifications[last_read_id]=" + newest));
        assertEquals(1, count(alice, ""));
        assertEquals(0, count(bob, ""));
    }

    @Test
    void needsAReadingToken() {
        assertEquals(401, ApiClient.anonymous(node).get("/api/v1/notifications/unread_count").statusCode());
        assertEquals(403, ApiClient.as(node, "alice", "write").get("/api/v1/notifications/unread_count").statusCode());
        assertEquals(422, ApiClient.as(node, "alice").get("/api/v1/notifications/unread_count?limit=x").statusCode());
        JsonObject capped = ApiClient.object(ApiClient.as(node, "alice")
                .get("/api/v1/notifications/unread_count?limit=5000"));
        assertEquals(true, capped.getInteger("count") <= 1000);
    }
}
