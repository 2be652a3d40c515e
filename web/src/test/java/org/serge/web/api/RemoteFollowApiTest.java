package org.serge.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.TestNode;

/** alice@A follows bob@B through the client API: requested until B's Accept arrives, then following. */
class RemoteFollowApiTest {

    private static TestNode a;
    private static TestNode b;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE);
        b = TestNode.start().with(Fixtures.BOB);
    }

    @AfterAll
    static void stop() {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
    }

    @Test
    void followOfARemoteAccountIsRequestedUntilAccepted() {
        ApiClient alice = ApiClient.as(a, "alice");
        JsonObject bobOnA = ApiClient.object(alice.get("/api/v1/accounts/lookup?acct=bob@" + b.domain()));
        assertEquals("bob@" + b.domain(), bobOnA.getString("acct"));
        assertEquals(b.url("/users/bob"), bobOnA.getString("uri"));
        EntityShapeTest.assertAccountShape(bobOnA);
        String id = bobOnA.getString("id");

        JsonObject requested = ApiClient.object(alice.post("/api/v1/accounts/" + id + "/follow"));
        assertEquals(id, requested.getString("id"));
        assertTrue(requested.getBoolean("requested") || requested.getBoolean("following"), requested.encode());

        Eventually.within10s("B's Accept reaches A", () -> ApiClient.array(
                alice.get("/api/v1/accounts/relationships?id[]=" + id)).getJsonObject(0).getBoolean("following"));
        JsonObject now = ApiClient.array(alice.get("/api/v1/accounts/relationships?id[]=" + id)).getJsonObject(0);
        assertFalse(now.getBoolean("requested"));
        assertEquals(1, ApiClient.object(alice.get("/api/v1/accounts/verify_credentials")).getInteger("following_count"));

        // bob sees alice@A among his followers, and his post reaches alice's home timeline
        ApiClient bob = ApiClient.as(b, "bob");
        JsonArray followers = ApiClient.array(bob.get("/api/v1/accounts/" + Fixtures.BOB.id() + "/followers"));
        assertEquals("alice@" + a.domain(), followers.getJsonObject(0).getString("acct"));
        String uri = bob.postStatus("hello from B", "private").getString("uri");
        Eventually.within10s("bob's followers-only post reaches alice's home", () -> ApiClient.array(
                alice.get("/api/v1/timelines/home")).stream().anyMatch(o -> uri.equals(((JsonObject) o).getString("uri"))));
        JsonObject remote = (JsonObject) ApiClient.array(alice.get("/api/v1/timelines/home")).stream()
                .filter(o -> uri.equals(((JsonObject) o).getString("uri"))).findFirst().orElseThrow();
        EntityShapeTest.assertStatusShape(remote);
        assertEquals("bob@" + b.domain(), remote.getJsonObject("account").getString("acct"));
        assertEquals("private", remote.getString("visibility"));

        JsonObject unfollowed = ApiClient.object(alice.post("/api/v1/accounts/" + id + "/unfollow"));
        assertFalse(unfollowed.getBoolean("following"));
        assertEquals(List.of(), ApiClient.ids(alice.get("/api/v1/timelines/home")));
    }
}
