package org.serge.web.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.solidarity.call.NewAsk;
import org.serge.core.solidarity.call.NewCall;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.pledge.NewPledge;
import org.serge.core.solidarity.pledge.PledgeResult;
import org.serge.core.solidarity.pledge.PledgedAsk;
import org.serge.federation.proof.ProofVerifier;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/**
 * bob's pledge (B) to alice's call (A) at its own id: a count-only pledge is served, signed and verifiable, to A
 * (the call author's server, which received it) and to nobody else; a public one to anyone.
 */
class PledgeObjectTest {

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

    private static JsonObject fetchSigned(TestNode by, String url) {
        var doc = by.await(by.node().wiring().fetcher().fetch(url));
        return new JsonObject(doc.parsed().json().toString());
    }

    private static PledgeResult pledge(SolidarityCall onB, NewPledge pledge) {
        PledgeResult result = b.await(b.node().wiring().solidarity().pledges().pledge(b.member("bob"), onB.id(),
                pledge));
        b.await(b.node().wiring().solidarityFederation().pledged(result.pledge(), result.call()));
        return result;
    }

    @Test
    void aPledgeIsServedAtItsIdAsItsPledgerChose() {
        Account alice = a.member("alice");
        Account aliceOnB = b.resolve("alice", a.domain());
        b.await(b.node().wiring().follows().follow(b.member("bob"), aliceOnB));
        Eventually.within10s("bob follows alice", () -> b.count("SELECT count(*) FROM follows") == 1);
        SolidarityCall call = a.await(a.node().wiring().solidarity().calls().open(alice, new NewCall(null,
                "Support the depot strike", "Write to the CEO.", List.of(NewAsk.message("Write to the CEO",
                "ceo@example.com")), OffsetDateTime.now(ZoneOffset.UTC).plusDays(7), null, "en")));
        a.await(a.node().wiring().solidarityFederation().callOpened(call));
        Eventually.within10s("B stores the call", () -> b.count(
                "SELECT count(*) FROM solidarity_calls WHERE uri = $1", call.uri()) == 1);
        SolidarityCall onB = b.await(b.node().wiring().solidarity().calls().byUri(call.uri()));

        // count-only (the default)
        String countOnly = pledge(onB, NewPledge.of("DE", PledgedAsk.to(0))).pledge().objectUri();
        Eventually.within10s("A has the pledge", () -> a.count(
                "SELECT count(*) FROM pledges WHERE object_uri = $1", countOnly) == 1);
        assertEquals(404, Http.get(countOnly, "Accept", AS_JSON).statusCode(), "not to an unsigned request");
        assertEquals(404, Http.get(countOnly, "Accept", "text/html").statusCode(), "not to a browser");
        assertThrows(RuntimeException.class, () -> fetchSigned(c, countOnly), "not to another server");
        JsonObject forA = fetchSigned(a, countOnly);
        assertEquals(countOnly, forA.getString("id"));
        assertEquals(b.url("/users/bob"), forA.getString("attributedTo"));
        assertEquals(call.uri(), forA.getString("inReplyTo"));
        assertEquals("count-only", forA.getJsonObject("serge:pledge").getString("visibility"));
        new ProofVerifier().verify(forA, Fixtures.BOB.ed25519Public());

        // made public: a new pledge object, served to anyone; the old id is gone
        String open = pledge(onB, NewPledge.of("DE", PledgedAsk.to(0)).visible("public")).pledge().objectUri();
        assertNotEquals(countOnly, open);
        var served = Http.get(open, "Accept", AS_JSON);
        assertEquals(200, served.statusCode());
        JsonObject body = new JsonObject(served.body());
        new ProofVerifier().verify(body, Fixtures.BOB.ed25519Public());
        assertEquals("public", body.getJsonObject("serge:pledge").getString("visibility"));
        assertEquals(404, Http.get(countOnly, "Accept", AS_JSON).statusCode());

        // a tampered copy does not verify
        JsonObject tampered = body.copy().put("attributedTo", b.url("/users/mallory"));
        assertThrows(RuntimeException.class, () -> new ProofVerifier().verify(tampered,
                Fixtures.BOB.ed25519Public()));

        // odd ids and another member's path
        String id = open.substring(open.lastIndexOf('/') + 1);
        assertEquals(404, Http.get(b.url("/users/alice/pledges/" + id), "Accept", AS_JSON).statusCode());
        assertEquals(404, Http.get(b.url("/users/bob/pledges/x1"), "Accept", AS_JSON).statusCode());
        assertEquals(404, Http.get(b.url("/users/bob/pledges/99999999999999999999"), "Accept", AS_JSON)
                .statusCode());
        assertFalse(Http.get(b.url("/users/bob/pledges/1"), "Accept", AS_JSON).body().contains("bob@"));
    }
}
