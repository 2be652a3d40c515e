package org.serge.web.streaming;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Visibility;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/**
 * A domain a member blocks stays out of their streams: bob on B posts, carol on A sees it, alice (who blocks B)
 * does not.
 */
class DomainBlockStreamingTest {

    private static TestNode a;
    private static TestNode b;
    private static Vertx vertx;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE, Fixtures.CAROL);
        b = TestNode.start().with(Fixtures.BOB);
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stop() {
        if (vertx != null) {
            vertx.close();
        }
        for (TestNode node : new TestNode[]{a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void theBlockedDomainsStatusesAreNotStreamed() {
        Account carol = a.member("carol");
        Account bobOnA = a.resolve("bob", b.domain());
        a.await(a.node().wiring().follows().follow(carol, bobOnA));
        Eventually.within10s("carol follows bob", () -> a.count("SELECT count(*) FROM follows WHERE account_id = $1"
                + " AND target_account_id = $2", carol.id(), bobOnA.id()) == 1);
        ApiClient alice = ApiClient.as(a, "alice");
        ApiClient.object(alice.form("POST", "/api/v1/domain_blocks", "domain=" + b.domain()));

        int port = a.node().config().port();
        try (StreamClient alices = StreamClient.open(vertx, port, "/api/v1/streaming?stream=public", alice.token(),
                null);
             StreamClient carols = StreamClient.open(vertx, port, "/api/v1/streaming?stream=public",
                     ApiClient.as(a, "carol", "read").token(), null)) {
            b.await(b.node().wiring().statuses().post(b.member("bob"),
                    PostRequest.text("news from the B depot", Visibility.PUBLIC)));
            carols.next(StreamClient.event("update", "news from the B depot"));
            a.await(a.node().wiring().statuses().post(carol, PostRequest.text("carol after", Visibility.PUBLIC)));
            List<JsonObject> seen = alices.until(StreamClient.event("update", "carol after"));
            assertTrue(seen.stream().noneMatch(StreamClient.event("update", "news from the B depot")::test),
                    seen::toString);
        }
    }
}
