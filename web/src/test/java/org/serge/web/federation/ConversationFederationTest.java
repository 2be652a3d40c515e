package org.serge.web.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/** Direct messages between two nodes make one conversation on each side, thread kept across the wire. */
class ConversationFederationTest {

    private static TestNode a;
    private static TestNode c;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE);
        c = TestNode.start().with(Fixtures.CAROL);
    }

    @AfterAll
    static void stop() {
        for (TestNode node : new TestNode[]{a, c}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aDirectThreadAcrossNodesIsOneConversationOnEachSide() {
        Account alice = a.member("alice");
        Status dm = a.await(a.node().wiring().statuses().post(alice,
                PostRequest.text("@carol@" + c.domain() + " can you cover the night shift?", Visibility.DIRECT)));
        Eventually.within10s("C stores the direct message", () -> c.count(
                "SELECT count(*) FROM statuses WHERE uri = $1", dm.uri()) == 1);

        ApiClient carol = ApiClient.as(c, "carol");
        JsonArray carols = ApiClient.array(carol.get("/api/v1/conversations"));
        assertEquals(1, carols.size(), carols.encode());
        JsonObject received = carols.getJsonObject(0);
        assertTrue(received.getBoolean("unread"));
        assertEquals("alice@" + a.domain(), received.getJsonArray("accounts").getJsonObject(0).getString("acct"));
        String dmOnC = received.getJsonObject("last_status").getString("id");

        JsonObject reply = ApiClient.object(carol.json("POST", "/api/v1/statuses", new JsonObject()
                .put("status", "@alice@" + a.domain() + " yes, I will").put("visibility", "direct")
                .put("in_reply_to_id", dmOnC)));
        JsonArray carolsNow = ApiClient.array(carol.get("/api/v1/conversations"));
        assertEquals(1, carolsNow.size(), "her reply joins the conversation");
        assertEquals(reply.getString("id"), carolsNow.getJsonObject(0).getJsonObject("last_status").getString("id"));
        assertFalse(carolsNow.getJsonObject(0).getBoolean("unread"));

        ApiClient aliceApi = ApiClient.as(a, "alice");
        Eventually.within10s("A files carol's reply in alice's conversation", () -> {
            JsonArray conversations = ApiClient.array(aliceApi.get("/api/v1/conversations"));
            return conversations.size() == 1 && conversations.getJsonObject(0).getBoolean("unread")
                    && conversations.getJsonObject(0).getJsonObject("last_status").getString("content")
                    .contains("yes, I will");
        });
        JsonObject alices = ApiClient.array(aliceApi.get("/api/v1/conversations")).getJsonObject(0);
        assertEquals("carol@" + c.domain(), alices.getJsonArray("accounts").getJsonObject(0).getString("acct"));
        assertEquals(String.valueOf(dm.id()), alices.getJsonObject("last_status").getString("in_reply_to_id"));
    }
}
