package org.serge.web.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/**
 * A poll ends across two nodes: its node tells its author and its voter there, and sends the closed Question with
 * the final counts to the followers' node, whose copy takes them; the follower who voted from there is told by his
 * own node, once, even after the Update re-wrote the poll.
 */
class PollEndingFederationTest {

    private static TestNode a;
    private static TestNode b;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE, Fixtures.CAROL);
        b = TestNode.start().with(Fixtures.BOB);
    }

    @AfterAll
    static void stop() {
        for (TestNode node : new TestNode[]{a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static int notifyEnded(TestNode node) {
        return node.await(node.node().wiring().api().pollEndings()
                .notifyEnded(OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(6)));
    }

    /** The poll's counts as first * 1000 + second; -1 before the node has it. */
    private static long votes(TestNode node, String uri) {
        return node.count("SELECT coalesce((SELECT p.votes[1] * 1000 + p.votes[2] FROM polls p"
                + " JOIN statuses s ON s.id = p.status_id WHERE s.uri = $1), -1)", uri);
    }

    @Test
    void theEndIsToldOnEachNodeAndTheFinalCountsReachTheFollowers() {
        Account aliceOnB = b.resolve("alice", a.domain());
        b.await(b.node().wiring().follows().follow(b.member("bob"), aliceOnB));
        Eventually.within10s("bob follows alice", () -> a.count("SELECT count(*) FROM follows") == 1);

        JsonObject posted = ApiClient.object(ApiClient.as(a, "alice").json("POST", "/api/v1/statuses",
                new JsonObject().put("status", "Strike on Monday or Friday?").put("visibility", "public")
                        .put("poll", new JsonObject().put("options", new JsonArray().add("Monday").add("Friday"))
                                .put("expires_in", 300))));
        String uri = posted.getString("uri");
        Eventually.within10s("B has the poll", () -> votes(b, uri) >= 0);

        ApiClient.as(a, "carol").form("POST", "/api/v1/polls/" + posted.getString("id") + "/votes", "choices[]=0");
        long onB = b.count("SELECT id FROM statuses WHERE uri = $1", uri);
        ApiClient.as(b, "bob").form("POST", "/api/v1/polls/" + onB + "/votes", "choices[]=1");
        Eventually.within10s("A counts both votes", () -> votes(a, uri) == 1001);

        assertEquals(1, notifyEnded(b), "bob, who voted from B");
        long beforeTheUpdate = votes(b, uri);
        assertEquals(2, notifyEnded(a), "alice, who asked, and carol, who voted");
        Eventually.within10s("B's copy takes the final counts (it had " + beforeTheUpdate + ")",
                () -> votes(b, uri) == 1001);
        assertEquals(0, notifyEnded(b), "bob is told once, though the Update re-wrote the poll");
        assertEquals(List.of("poll"), ApiClient.array(ApiClient.as(b, "bob").get("/api/v1/notifications?types[]=poll"))
                .stream().map(n -> ((JsonObject) n).getString("type")).toList());
    }
}
