package org.serge.web.api.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
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

/**
 * alice on A blocks B's domain, where bob lives: bob's posts and notifications leave her timelines and
 * notifications, the follows between them go both ways (and B hears of it), and she can't follow him again.
 */
class DomainBlocksApiTest {

    private static TestNode a;
    private static TestNode b;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE, Fixtures.CAROL);
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

    private static List<String> uris(JsonArray statuses) {
        return statuses.stream().map(o -> ((JsonObject) o).getString("uri")).toList();
    }

    private static String domainForm(String domain) {
        return "domain=" + java.net.URLEncoder.encode(domain, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void blockingADomainHidesItAndEndsFollowsBothWays() {
        Account bob = b.member("bob");
        Account aliceOnB = b.resolve("alice", a.domain());
        b.await(b.node().wiring().follows().follow(bob, aliceOnB));
        Account bobOnA = a.resolve("bob", b.domain());
        String bobId = String.valueOf(bobOnA.id());
        ApiClient alice = ApiClient.as(a, "alice");
        ApiClient.object(alice.post("/api/v1/accounts/" + bobId + "/follow"));
        Eventually.within10s("both follows stand on A", () -> a.count("SELECT count(*) FROM follows WHERE"
                + " (account_id = $1 AND target_account_id = $2) OR (account_id = $2 AND target_account_id = $1)",
                Fixtures.ALICE.id(), bobOnA.id()) == 2);
        Eventually.within10s("and on B", () -> b.count("SELECT count(*) FROM follows WHERE"
                + " (account_id = $1 AND target_account_id = $2) OR (account_id = $2 AND target_account_id = $1)",
                bob.id(), aliceOnB.id()) == 2);

        Status post = b.await(b.node().wiring().statuses().post(bob,
                PostRequest.text("News from the B #depot @alice@" + a.domain(), Visibility.PUBLIC)));
        Eventually.within10s("A stores bob's post", () -> a.count("SELECT count(*) FROM statuses WHERE uri = $1",
                post.uri()) == 1);
        assertTrue(uris(ApiClient.array(alice.get("/api/v1/timelines/home"))).contains(post.uri()));
        assertEquals(1, ApiClient.array(alice.get("/api/v1/notifications?types[]=mention")).size());

        ApiClient.object(alice.form("POST", "/api/v1/domain_blocks", domainForm(b.domain().toUpperCase())));
        JsonObject relationship = ApiClient.array(alice.get("/api/v1/accounts/relationships?id[]=" + bobId))
                .getJsonObject(0);
        assertTrue(relationship.getBoolean("domain_blocking"));
        assertFalse(relationship.getBoolean("following"));
        assertFalse(relationship.getBoolean("followed_by"));
        assertEquals(0, a.count("SELECT count(*) FROM follows WHERE (account_id = $1 AND target_account_id = $2)"
                + " OR (account_id = $2 AND target_account_id = $1)", Fixtures.ALICE.id(), bobOnA.id()));
        Eventually.within10s("B removes both follows (Undo Follow, Reject)", () -> b.count("SELECT count(*) FROM"
                + " follows WHERE (account_id = $1 AND target_account_id = $2)"
                + " OR (account_id = $2 AND target_account_id = $1)", bob.id(), aliceOnB.id()) == 0);

        assertFalse(uris(ApiClient.array(alice.get("/api/v1/timelines/home"))).contains(post.uri()));
        assertFalse(uris(ApiClient.array(alice.get("/api/v1/timelines/public"))).contains(post.uri()));
        assertFalse(uris(ApiClient.array(alice.get("/api/v1/timelines/tag/depot"))).contains(post.uri()));
        assertEquals(0, ApiClient.array(alice.get("/api/v1/notifications")).size());
        ApiClient carol = ApiClient.as(a, "carol");
        assertTrue(uris(ApiClient.array(carol.get("/api/v1/timelines/public"))).contains(post.uri()),
                "only for alice");
        HttpResponse<String> follow = alice.post("/api/v1/accounts/" + bobId + "/follow");
        assertEquals(403, follow.statusCode(), follow.body());
        assertEquals(0, a.count("SELECT count(*) FROM follow_requests WHERE account_id = $1", Fixtures.ALICE.id()));

        assertEquals(List.of(b.domain().toLowerCase()), ApiClient.array(alice.get("/api/v1/domain_blocks")).getList());

        ApiClient.object(alice.send("DELETE", "/api/v1/domain_blocks?" + domainForm(b.domain()), null, null));
        assertEquals(0, ApiClient.array(alice.get("/api/v1/domain_blocks")).size());
        assertFalse(ApiClient.array(alice.get("/api/v1/accounts/relationships?id[]=" + bobId)).getJsonObject(0)
                .getBoolean("domain_blocking"));
        assertTrue(uris(ApiClient.array(alice.get("/api/v1/timelines/public"))).contains(post.uri()));
    }

    @Test
    void theListIsPagedByLink() {
        ApiClient carol = ApiClient.as(a, "carol");
        for (String domain : new String[]{"one.example", "two.example", "three.example"}) {
            ApiClient.object(carol.json("POST", "/api/v1/domain_blocks", new JsonObject().put("domain", domain)));
        }
        ApiClient.object(carol.form("POST", "/api/v1/domain_blocks", "domain=two.example")); // again: once
        HttpResponse<String> first = carol.get("/api/v1/domain_blocks?limit=2");
        assertEquals(List.of("three.example", "two.example"), ApiClient.array(first).getList());
        String next = ApiClient.link(first, "next");
        assertNotNull(next);
        assertEquals(List.of("one.example"), ApiClient.array(carol.get(next)).getList());
        // an international name is kept in its ASCII form
        ApiClient.object(carol.form("POST", "/api/v1/domain_blocks", "domain=b%C3%BCcher.example"));
        assertTrue(ApiClient.array(carol.get("/api/v1/domain_blocks")).getList().contains("xn--bcher-kva.example"));
    }

    @Test
    void hostileDomainBlocksAreRefused() {
        ApiClient alice = ApiClient.as(a, "alice");
        assertEquals(401, ApiClient.anonymous(a).get("/api/v1/domain_blocks").statusCode());
        assertEquals(401, ApiClient.anonymous(a).form("POST", "/api/v1/domain_blocks", "domain=x.example")
                .statusCode());
        assertEquals(403, ApiClient.as(a, "alice", "write").get("/api/v1/domain_blocks").statusCode());
        assertEquals(403, ApiClient.as(a, "alice", "read").form("POST", "/api/v1/domain_blocks", "domain=x.example")
                .statusCode());
        assertEquals(403, ApiClient.as(a, "alice", "read").send("DELETE", "/api/v1/domain_blocks?domain=x.example",
                null, null).statusCode());
        for (String bad : new String[]{"", "domain=", "domain=not%20a%20domain", "domain=a..b", "domain=-x.example",
                "domain=" + "a".repeat(300) + ".example", "domain=x.example:port", "domain=%00"}) {
            assertEquals(422, alice.form("POST", "/api/v1/domain_blocks", bad).statusCode(), bad);
        }
        assertEquals(422, alice.form("POST", "/api/v1/domain_blocks", domainForm(a.domain())).statusCode(),
                "one's own domain");
        assertEquals(0, a.count("SELECT count(*) FROM account_domain_blocks WHERE account_id = $1",
                Fixtures.ALICE.id()));
        // follow scope works, as on Mastodon
        ApiClient.object(ApiClient.as(a, "alice", "follow").form("POST", "/api/v1/domain_blocks", "domain=x.example"));
        ApiClient.object(ApiClient.as(a, "alice", "follow").send("DELETE", "/api/v1/domain_blocks", "application/json",
                new JsonObject().put("domain", "x.example").encode()));
        assertEquals(0, a.count("SELECT count(*) FROM account_domain_blocks WHERE account_id = $1",
                Fixtures.ALICE.id()));
    }
}
