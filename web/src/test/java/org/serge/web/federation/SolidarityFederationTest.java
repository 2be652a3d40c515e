package org.serge.web.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;
import org.serge.core.account.NewAccount;
import org.serge.core.solidarity.call.NewAsk;
import org.serge.core.solidarity.call.NewCall;
import org.serge.core.solidarity.call.NewCondition;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.employer.EmployerRef;
import org.serge.core.solidarity.pledge.NewPledge;
import org.serge.core.solidarity.pledge.PledgeResult;
import org.serge.core.solidarity.pledge.PledgedAsk;
import org.serge.core.solidarity.pledge.Tallies;
import org.serge.core.solidarity.pledge.Tally;
import org.serge.core.solidarity.report.NewReport;
import org.serge.core.solidarity.report.StruggleReport;
import org.serge.core.solidarity.vocab.CallState;
import org.serge.federation.delivery.PgDeliveryQueue;
import org.serge.federation.proof.ProofVerifier;
import org.serge.federation.solidarity.SolidarityObjects;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/**
 * Reports, calls and pledges between three Serge nodes on loopback, through their real inboxes and delivery
 * queues, with FEP-8b32 proofs. The boost test runs last: it shuts A down to prove C needs nothing from A.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolidarityFederationTest {

    private static final String AS_JSON = "application/activity+json";

    private static TestNode a;
    private static TestNode b;
    private static TestNode c;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE);
        b = TestNode.start().with(Fixtures.BOB);
        c = TestNode.start().with(Fixtures.CAROL);
    }

    @AfterAll
    static void stop() {
        for (TestNode node : new TestNode[]{a, b, c}) {
            if (node != null) {
                node.close();
            }
        }
    }

    private static void follow(TestNode from, String member, TestNode to, String target) {
        Account remote = from.resolve(target, to.domain());
        Account follower = from.member(member);
        from.await(from.node().wiring().follows().follow(follower, remote));
        Eventually.within10s(member + " follows " + target, () -> from.count(
                "SELECT count(*) FROM follows WHERE account_id = $1 AND target_account_id = $2",
                follower.id(), remote.id()) == 1);
    }

    private static void member(TestNode node, String username) {
        node.await(node.node().wiring().accounts().createMember(new NewAccount(username, ActorType.Person,
                username, "", null, false, false)));
    }

    @Test
    @Order(1)
    void pledgesFromTwoNodesAndAPollVoteMeetACallOnTheSamePledgeEverywhere() {
        follow(b, "bob", a, "alice");
        follow(c, "carol", a, "alice");
        member(b, "dave");
        Account alice = a.member("alice");
        SolidarityCall call = a.await(a.node().wiring().solidarity().calls().open(alice, new NewCall(null,
                "Support the depot strike", "Write to the CEO or boycott the brand.",
                List.of(NewAsk.message("Write to the CEO", "ceo@example.com"),
                        NewAsk.boycott("Boycott QuickShip", List.of("QuickShip"), List.of())),
                OffsetDateTime.now(ZoneOffset.UTC).plusDays(7), new NewCondition(3, 2, null, null, null), "en")));
        a.await(a.node().wiring().solidarityFederation().callOpened(call));
        Eventually.within10s("B and C store the call", () -> b.count(
                "SELECT count(*) FROM solidarity_calls WHERE uri = $1", call.uri()) == 1
                && c.count("SELECT count(*) FROM solidarity_calls WHERE uri = $1", call.uri()) == 1);

        // bob (B) pledges publicly, carol (C) count-only
        SolidarityCall onB = b.await(b.node().wiring().solidarity().calls().byUri(call.uri()));
        PledgeResult bob = b.await(b.node().wiring().solidarity().pledges().pledge(b.member("bob"), onB.id(),
                NewPledge.of("DE", PledgedAsk.to(0)).visible("public")));
        b.await(b.node().wiring().solidarityFederation().pledged(bob.pledge(), bob.call()));
        SolidarityCall onC = c.await(c.node().wiring().solidarity().calls().byUri(call.uri()));
        PledgeResult carol = c.await(c.node().wiring().solidarity().pledges().pledge(c.member("carol"), onC.id(),
                NewPledge.of("FR", PledgedAsk.to(0), PledgedAsk.to(1))));
        c.await(c.node().wiring().solidarityFederation().pledged(carol.pledge(), carol.call()));
        Eventually.within10s("A counts two pledges", () -> a.count(
                "SELECT count(*) FROM pledges WHERE call_id = $1", call.id()) == 2);
        assertEquals(CallState.OPEN, a.await(a.node().wiring().solidarity().calls().get(call.id())).state());

        // a tampered pledge from dave (B): signed, then its asks altered; it changes nothing at A
        Account dave = b.member("dave");
        JsonObject signed = SolidarityObjects.sign(new JsonObject()
                        .put("@context", org.serge.federation.solidarity.SergeContext.context())
                        .put("id", b.url("/users/dave/pledges/1")).put("type", "Note")
                        .put("attributedTo", b.url("/users/dave")).put("inReplyTo", call.uri())
                        .put("to", new JsonArray().add(a.url("/users/alice"))).put("content", "<p>I pledge</p>")
                        .put("serge:pledge", new JsonObject().put("asks", new JsonArray()
                                .add(new JsonObject().put("ask", 0))).put("visibility", "public")),
                b.url("/users/dave"), b.await(b.node().wiring().accounts().localActor("dave")).keys().ed25519Private());
        JsonObject tampered = signed.copy();
        tampered.getJsonObject("serge:pledge").getJsonArray("asks").getJsonObject(0).put("ask", 1);
        send(b, dave, create(b, "dave", "tampered", tampered));
        Eventually.within10s("A processed the tampered pledge", () -> a.count(
                "SELECT count(*) FROM inbox_activities WHERE activity_id = $1 AND processed_at IS NOT NULL",
                b.url("/users/dave/pledges/tampered")) == 1);
        assertEquals(2, a.count("SELECT count(*) FROM pledges WHERE call_id = $1", call.id()));
        assertEquals(0, a.count("SELECT count(*) FROM statuses WHERE uri = $1", signed.getString("id")));

        // dave votes in the poll as Mastodon does: a Note named after the option, replying to the Question
        JsonObject vote = new JsonObject().put("id", b.url("/users/dave#votes/1")).put("type", "Note")
                .put("name", "Boycott QuickShip").put("attributedTo", b.url("/users/dave"))
                .put("to", a.url("/users/alice")).put("inReplyTo", call.uri());
        send(b, dave, create(b, "dave", "vote", vote).put("@context", "https://www.w3.org/ns/activitystreams"));
        Eventually.within10s("A's call is met", () -> a.await(a.node().wiring().solidarity().calls()
                .get(call.id())).state() == CallState.MET);
        SolidarityCall met = a.await(a.node().wiring().solidarity().calls().get(call.id()));
        long trigger = a.count("SELECT id FROM pledges WHERE object_uri = $1", vote.getString("id"));
        assertEquals(trigger, met.metByPledgeId(), "met on the poll vote, the third pledge");

        // every node recounts the same tally; B and C from A's collection, verifying each signed pledge
        Tally onA = a.await(a.node().wiring().solidarity().pledges().tally(call.id()));
        for (TestNode node : new TestNode[]{b, c}) {
            Tally recount = node.await(node.node().wiring().remoteTally().tally(call.uri()));
            assertEquals(onA.pledges(), recount.pledges());
            assertEquals(onA.perAsk(), recount.perAsk().stream().map(t -> new org.serge.core.solidarity.pledge
                    .AskTally(t.ask(), t.pledges(), t.people(), t.money())).toList());
            assertEquals(onA.perNode(), recount.perNode());
            SolidarityCall copy = node.await(node.node().wiring().solidarity().calls().byUri(call.uri()));
            assertTrue(Tallies.conditionHolds(copy, recount), "the condition holds on the same three pledges");
        }
        assertEquals(3, onA.pledges());
        // A announces the met call by itself (the vote that met it arrived through its inbox)
        Eventually.within10s("B and C switch to met", () -> b.count(
                "SELECT count(*) FROM solidarity_calls WHERE uri = $1 AND state = 'met'", call.uri()) == 1
                && c.count("SELECT count(*) FROM solidarity_calls WHERE uri = $1 AND state = 'met'",
                call.uri()) == 1);

        // the count-only pledgers (carol, dave) are named on no surface of A
        HttpResponse<String> question = Http.get(call.uri(), "Accept", AS_JSON);
        HttpResponse<String> pledges = Http.get(call.uri() + "/pledges", "Accept", AS_JSON);
        HttpResponse<String> status = Http.get(a.url("/api/v1/statuses/" + call.statusId()));
        assertEquals(200, question.statusCode());
        assertEquals(200, pledges.statusCode());
        new ProofVerifier().parse(new JsonObject(question.body()));
        JsonObject collection = new JsonObject(pledges.body());
        assertEquals(3, collection.getInteger("totalItems"));
        assertEquals(1, collection.getJsonArray("orderedItems").size(), "bob's public pledge only");
        for (HttpResponse<String> surface : List.of(question, pledges, status)) {
            assertFalse(surface.body().contains("carol"), surface.uri() + " names carol");
            assertFalse(surface.body().contains("dave"), surface.uri() + " names dave");
        }
        assertTrue(pledges.body().contains("/users/bob"));
    }

    @Test
    @Order(2)
    void aReportFromABoostedByBReachesCAndVerifiesWithoutA() {
        follow(b, "bob", a, "alice");
        follow(c, "carol", b, "bob");
        c.resolve("alice", a.domain()); // C has met alice before: her actor and keys are stored at C
        Account alice = a.member("alice");
        StruggleReport report = a.await(a.node().wiring().solidarity().reports().fileLocal(alice, new NewReport(
                "Depot strike at QuickShip", "Drivers walk out over pay", "Drivers **walked out**.",
                EmployerRef.named("QuickShip Logistics GmbH", "DE"), List.of(), "ISIC", "4", "H49", "DE", "DE-BE",
                "Berlin", 1, "strike", "official", "ongoing", null, java.time.LocalDate.now().minusDays(2), null,
                120, List.of("pay"), "A 10% raise", List.of(), "en", List.of())));
        a.await(a.node().wiring().solidarityFederation().reportFiled(report));
        Eventually.within10s("B stores the report", () -> b.count(
                "SELECT count(*) FROM struggle_reports WHERE uri = $1", report.uri()) == 1);

        a.close(); // from here on, nothing can be asked of A
        a = null;
        long onB = b.count("SELECT status_id FROM struggle_reports WHERE uri = $1", report.uri());
        b.await(b.node().wiring().statuses().reblog(b.member("bob"), onB));
        Eventually.within10s("C stores the report from B's boost", () -> c.count(
                "SELECT count(*) FROM struggle_reports r JOIN employers e ON e.id = r.employer_id"
                        + " WHERE r.uri = $1 AND e.legal_name = 'QuickShip Logistics GmbH'", report.uri()) == 1);
        // the boost is stored after the report it carries, in the same inbox step
        Eventually.within10s("C stores B's boost of it", () -> c.count("SELECT count(*) FROM statuses"
                + " WHERE reblog_of_id = (SELECT status_id FROM struggle_reports WHERE uri = $1)", report.uri()) == 1);
    }

    private static JsonObject create(TestNode node, String user, String id, JsonObject object) {
        JsonObject embedded = object.copy();
        return new JsonObject().put("@context", embedded.remove("@context") == null
                        ? "https://www.w3.org/ns/activitystreams" : object.getValue("@context"))
                .put("id", node.url("/users/" + user + "/pledges/" + id)).put("type", "Create")
                .put("actor", node.url("/users/" + user)).put("to", new JsonArray().add(a.url("/users/alice")))
                .put("object", object);
    }

    /** Queues an activity from a member of {@code node} to alice's inbox at A, signed by that member. */
    private static void send(TestNode node, Account signer, JsonObject activity) {
        Vertx vertx = Vertx.vertx();
        Pool pool = node.db().pool(vertx);
        try {
            node.await(new PgDeliveryQueue(vertx, pool).enqueue(signer.id(), activity,
                    Set.of(a.url("/users/alice/inbox"))));
        } finally {
            pool.close();
            vertx.close();
        }
    }
}
