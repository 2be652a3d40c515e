package org.serge.web.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;
import org.serge.core.account.NewAccount;
import org.serge.core.solidarity.employer.Employer;
import org.serge.core.solidarity.employer.EmployerRef;
import org.serge.core.solidarity.report.NewReport;
import org.serge.core.solidarity.report.StruggleReport;
import org.serge.federation.delivery.PgDeliveryQueue;
import org.serge.federation.solidarity.SergeContext;
import org.serge.federation.solidarity.SolidarityObjects;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

/**
 * Following an employer across nodes. On A, alice follows the multinational X (with its parent company and a
 * Wikidata id); dave, another member of A, follows B's Group, which announces B's members' reports (FEP-1b12).
 * Reports bob files on B about X's subsidiaries in other countries reach A through that Group and appear in
 * alice's feed and her Mastodon home timeline (she follows nobody on B); a report about another employer does
 * not, and neither does a followers-only report about X, which A keeps as a private post of bob's.
 */
class StruggleFollowFederationTest {

    private static final String API = "/api/serge/v1";

    private static TestNode a;
    private static TestNode b;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE);
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

    private static NewReport report(String title, EmployerRef employer, String country) {
        return new NewReport(title, "Workers walk out over pay", "Workers **walked out**.", employer, List.of(),
                "ISIC", "4", "H52", country, null, null, 1, "strike", "official", "ongoing", null,
                LocalDate.now().minusDays(1), null, 80, List.of("pay"), "", List.of(), "en", List.of());
    }

    private static StruggleReport fileOnB(NewReport report) {
        StruggleReport filed = b.await(b.node().wiring().solidarity().reports().fileLocal(b.member("bob"), report));
        b.await(b.node().wiring().solidarityFederation().reportFiled(filed));
        return filed;
    }

    private static long statusOnA(String uri) {
        Eventually.within10s("A stores " + uri, () -> a.count(
                "SELECT count(*) FROM struggle_reports WHERE uri = $1", uri) == 1);
        return a.count("SELECT status_id FROM struggle_reports WHERE uri = $1", uri);
    }

    private static List<String> ids(JsonArray entities, String field) {
        return entities.stream().map(o -> ((JsonObject) o).getString(field)).toList();
    }

    @Test
    void aMemberFollowingAnEmployerSeesItsSubsidiariesReportsFromAnotherNode() {
        // dave (A) follows B's Group: B's members' reports reach A from now on
        a.await(a.node().wiring().accounts().createMember(new NewAccount("dave", ActorType.Person, "dave", "", null,
                false, false)));
        Account group = a.resolve("org", b.domain());
        a.await(a.node().wiring().follows().follow(a.member("dave"), group));
        Eventually.within10s("dave follows B's Group", () -> a.count(
                "SELECT count(*) FROM follows WHERE target_account_id = $1", group.id()) == 1);

        // X on A: a multinational with a parent company and a Wikidata id
        Employer x = a.await(a.node().wiring().solidarity().employers().findOrCreate(
                EmployerRef.named("QuickShip Group SE", "DE").withWikidata("Q4242")
                        .withParent(EmployerRef.named("QuickShip Holding AG", "CH"))));

        // bob (B) reports on X's Polish subsidiary before alice follows X: B names X by its Wikidata id only
        StruggleReport poland = fileOnB(report("Warehouse strike at QuickShip Polska",
                EmployerRef.named("QuickShip Polska sp. z o.o.", "PL")
                        .withParent(EmployerRef.named("Quickship Group", "DE").withWikidata("Q4242")), "PL"));
        long polandOnA = statusOnA(poland.uri());

        ApiClient alice = ApiClient.as(a, "alice");
        JsonObject follow = ApiClient.object(alice.post(API + "/employers/" + x.id() + "/follow"));
        assertEquals("employer", follow.getString("kind"));
        assertEquals("QuickShip Group SE", follow.getJsonObject("employer").getString("legal_name"));

        // after the follow: X's Spanish subsidiary, named with X's legal name; and another employer
        StruggleReport spain = fileOnB(report("QuickShip España depot walkout",
                EmployerRef.named("QuickShip España SL", "ES").withParent(EmployerRef.named("QuickShip Group SE",
                        "DE")), "ES"));
        StruggleReport other = fileOnB(report("FastFreight drivers strike", EmployerRef.named("FastFreight Ltd",
                "GB"), "GB"));
        long spainOnA = statusOnA(spain.uri());
        long otherOnA = statusOnA(other.uri());

        // a followers-only report about X, signed by bob and delivered to A's shared inbox
        String secretId = b.url("/users/bob/statuses/4242424242");
        JsonObject secret = SolidarityObjects.sign(new JsonObject().put("@context", SergeContext.context())
                        .put("id", secretId).put("type", "Article").put("attributedTo", b.url("/users/bob"))
                        .put("name", "Organising drive at QuickShip Polska").put("content", "<p>Meeting on Friday</p>")
                        .put("to", new JsonArray().add(b.url("/users/bob/followers"))).put("cc", new JsonArray())
                        .put("published", "2026-01-02T03:04:05Z")
                        .put("serge:employer", new JsonObject().put("name", "QuickShip Polska sp. z o.o.")
                                .put("country", "PL").put("parent", new JsonObject().put("name", "QuickShip Group SE")
                                        .put("wikidata", "Q4242").put("country", "DE")))
                        .put("serge:country", "PL").put("serge:actionType", "organising-drive")
                        .put("serge:authorisation", "official").put("serge:struggleStatus", "planned"),
                b.url("/users/bob"), b.await(b.node().wiring().accounts().localActor("bob")).keys().ed25519Private());
        send(b, b.member("bob"), new JsonObject().put("@context", SergeContext.context())
                .put("id", secretId + "/activity").put("type", "Create").put("actor", b.url("/users/bob"))
                .put("to", secret.getJsonArray("to").copy()).put("object", secret));
        Eventually.within10s("A processed the followers-only report", () -> a.count(
                "SELECT count(*) FROM inbox_activities WHERE activity_id = $1 AND processed_at IS NOT NULL",
                secretId + "/activity") == 1);
        assertEquals(0, a.count("SELECT count(*) FROM struggle_reports WHERE uri = $1", secretId),
                "a report not addressed to Public is no report");
        assertEquals(1, a.count("SELECT count(*) FROM statuses WHERE uri = $1 AND visibility = 'private'",
                secretId), "it is kept as bob's followers-only post");
        long secretOnA = a.count("SELECT id FROM statuses WHERE uri = $1", secretId);

        // the feed: X's subsidiaries' reports from B, newest first; not the other employer's, not the secret
        JsonArray feed = ApiClient.array(alice.get(API + "/feed"));
        assertEquals(List.of(String.valueOf(spainOnA), String.valueOf(polandOnA)), ids(feed, "status_id"));
        assertEquals("QuickShip Polska sp. z o.o.", feed.getJsonObject(1).getJsonObject("employer")
                .getString("legal_name"));
        // the home timeline shows the same reports, as the statuses they are rendered as
        List<String> home = ApiClient.ids(alice.get("/api/v1/timelines/home?limit=40"));
        assertTrue(home.contains(String.valueOf(spainOnA)) && home.contains(String.valueOf(polandOnA)), home.toString());
        assertFalse(home.contains(String.valueOf(otherOnA)), "another employer's report is not shown");
        assertFalse(home.contains(String.valueOf(secretOnA)), "the followers-only report never leaks");
        // nor anywhere else on A
        ApiClient anonymous = ApiClient.anonymous(a);
        for (String surface : List.of(API + "/reports?limit=40", API + "/feed", "/api/v1/timelines/public?limit=40",
                "/api/v1/statuses/" + secretOnA)) {
            for (ApiClient viewer : List.of(alice, anonymous)) {
                String body = viewer.get(surface).body();
                assertFalse(body.contains("Organising drive") || body.contains("Meeting on Friday"), surface);
            }
        }
        // paging: one report per page, the next page through the Link header
        var first = alice.get(API + "/feed?limit=1");
        assertEquals(List.of(String.valueOf(spainOnA)), ids(ApiClient.array(first), "status_id"));
        String next = ApiClient.link(first, "next");
        assertEquals(List.of(String.valueOf(polandOnA)), ids(ApiClient.array(alice.get(next)), "status_id"));

        // unfollowing empties the feed and the home timeline of these reports
        ApiClient.object(alice.send("DELETE", API + "/employers/" + x.id() + "/follow", null, null));
        assertEquals(0, ApiClient.array(alice.get(API + "/feed")).size());
        List<String> after = ApiClient.ids(alice.get("/api/v1/timelines/home?limit=40"));
        assertFalse(after.contains(String.valueOf(spainOnA)) || after.contains(String.valueOf(polandOnA)));
    }

    /** Queues an activity from a member of {@code node} to A's shared inbox, signed by that member. */
    private static void send(TestNode node, Account signer, JsonObject activity) {
        Vertx vertx = Vertx.vertx();
        Pool pool = node.db().pool(vertx);
        try {
            node.await(new PgDeliveryQueue(vertx, pool).enqueue(signer.id(), activity, Set.of(a.url("/inbox"))));
        } finally {
            pool.close();
            vertx.close();
        }
    }
}
