package org.serge.web.api.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.testkit.Eventually;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.Cli;
import org.serge.web.testing.TestNode;

/**
 * alice on A reports bob on B: the report is stored on A, and with forward a Flag from A's Application actor
 * reaches B, which files it in its own reports table; A's administrator lists the reports.
 */
class ReportsApiTest {

    private static TestNode a;
    private static TestNode b;

    @BeforeAll
    static void start() {
        a = TestNode.start().with(Fixtures.ALICE, Fixtures.CAROL);
        b = TestNode.start().with(Fixtures.BOB);
        Cli.Result created = Cli.run("admin", "create-account", "boss", "--admin", "--database-url", a.db().url(),
                "--domain", a.domain(), "--dev");
        assertEquals(0, created.exitCode(), created.err());
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

    /** bob's public status on B, fetched onto A; returns its entity as A shows it. */
    private static JsonObject bobsStatusOnA(ApiClient alice, String text) {
        String uri = ApiClient.as(b, "bob").postStatus(text, "public").getString("uri");
        return ApiClient.object(alice.get("/api/v2/search?type=statuses&resolve=true&q="
                + URLEncoder.encode(uri, StandardCharsets.UTF_8))).getJsonArray("statuses").getJsonObject(0);
    }

    private static long reportsBy(long accountId) {
        return a.count("SELECT count(*) FROM reports WHERE account_id = $1", accountId);
    }

    @Test
    void aForwardedReportReachesTheReportedAccountsServerAsAFlag() {
        ApiClient alice = ApiClient.as(a, "alice");
        JsonObject status = bobsStatusOnA(alice, "Buy from the scab shop");
        String bobId = status.getJsonObject("account").getString("id");

        JsonObject report = ApiClient.object(alice.json("POST", "/api/v1/reports", new JsonObject()
                .put("account_id", bobId).put("status_ids", new JsonArray().add(status.getString("id")))
                .put("comment", "Advertising for a strikebreaker").put("forward", true).put("category", "spam")));
        assertEquals("spam", report.getString("category"));
        assertEquals("Advertising for a strikebreaker", report.getString("comment"));
        assertTrue(report.getBoolean("forwarded"));
        assertFalse(report.getBoolean("action_taken"));
        assertNull(report.getValue("action_taken_at"));
        assertEquals(new JsonArray().add(status.getString("id")), report.getJsonArray("status_ids"));
        assertNull(report.getValue("rule_ids"));
        assertEquals(bobId, report.getJsonObject("target_account").getString("id"));
        assertTrue(report.getString("created_at").endsWith("Z"));
        assertEquals(1, a.count("SELECT count(*) FROM reports WHERE id = $1 AND forwarded AND uri = $2",
                Long.parseLong(report.getString("id")), a.url("/flags/" + report.getString("id"))));

        Account bob = b.member("bob");
        Eventually.within10s("B files the Flag as a report about bob", () -> b.count("SELECT count(*) FROM reports r"
                + " JOIN accounts x ON x.id = r.account_id WHERE r.target_account_id = $1 AND x.uri = $2"
                + " AND r.comment = 'Advertising for a strikebreaker' AND cardinality(r.status_ids) = 1",
                bob.id(), a.url("/actor")) == 1);
        assertEquals(0, b.count("SELECT count(*) FROM accounts WHERE username = 'alice'"),
                "the reporter is not named to B");
    }

    @Test
    void aReportAboutALocalAccountStaysHereAndAdminsListReports() {
        ApiClient alice = ApiClient.as(a, "alice");
        String carolsStatus = ApiClient.as(a, "carol").postStatus("carol's post", "public").getString("id");
        JsonObject report = ApiClient.object(alice.form("POST", "/api/v1/reports", "account_id="
                + Fixtures.CAROL.id() + "&status_ids[]=" + carolsStatus + "&comment=rude&forward=true"));
        assertFalse(report.getBoolean("forwarded"), "nothing to forward to");
        assertEquals("other", report.getString("category"));

        HttpResponse<String> listed = ApiClient.as(a, "boss", "admin:read").get("/api/serge/v1/admin/reports");
        JsonArray reports = ApiClient.array(listed);
        JsonObject first = reports.getJsonObject(0);
        assertEquals(report.getString("id"), first.getString("id"), "newest first");
        assertEquals("alice", first.getJsonObject("account").getString("username"));
        assertEquals(String.valueOf(Fixtures.CAROL.id()), first.getJsonObject("target_account").getString("id"));
        assertEquals(carolsStatus, first.getJsonArray("statuses").getJsonObject(0).getString("id"));
        assertEquals("rude", first.getString("comment"));

        assertEquals(401, ApiClient.anonymous(a).get("/api/serge/v1/admin/reports").statusCode());
        assertEquals(403, ApiClient.as(a, "alice", "admin:read").get("/api/serge/v1/admin/reports").statusCode(),
                "a member who is not an administrator");
        assertEquals(403, ApiClient.as(a, "boss", "read").get("/api/serge/v1/admin/reports").statusCode(),
                "an administrator's token without admin scopes");
    }

    @Test
    void hostileReportsAreRefusedAndWriteNothing() {
        ApiClient alice = ApiClient.as(a, "alice");
        long before = reportsBy(Fixtures.ALICE.id());
        String carol = String.valueOf(Fixtures.CAROL.id());
        String carolsSecret = ApiClient.as(a, "carol").postStatus("followers only", "private").getString("id");
        String alicesOwn = alice.postStatus("mine", "public").getString("id");

        assertEquals(401, ApiClient.anonymous(a).form("POST", "/api/v1/reports", "account_id=" + carol).statusCode());
        assertEquals(403, ApiClient.as(a, "alice", "read").form("POST", "/api/v1/reports", "account_id=" + carol)
                .statusCode());
        assertEquals(403, ApiClient.as(a, "alice", "write:statuses").form("POST", "/api/v1/reports",
                "account_id=" + carol).statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/reports", "comment=no+account").statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/reports", "account_id=x").statusCode());
        assertEquals(404, alice.form("POST", "/api/v1/reports", "account_id=999").statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/reports", "account_id=" + Fixtures.ALICE.id()).statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/reports", "account_id=" + carol + "&category=bogus")
                .statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/reports", "account_id=" + carol
                + "&category=violation&rule_ids[]=1").statusCode(), "this node has no rules");
        assertEquals(422, alice.form("POST", "/api/v1/reports", "account_id=" + carol + "&comment="
                + "x".repeat(1001)).statusCode());
        assertEquals(422, alice.form("POST", "/api/v1/reports", "account_id=" + carol + "&status_ids[]=x")
                .statusCode());
        assertEquals(404, alice.form("POST", "/api/v1/reports", "account_id=" + carol + "&status_ids[]=" + alicesOwn)
                .statusCode(), "a status of another account");
        assertEquals(404, alice.form("POST", "/api/v1/reports", "account_id=" + carol + "&status_ids[]="
                + carolsSecret).statusCode(), "a status alice may not see");
        assertEquals(400, alice.send("POST", "/api/v1/reports", "application/json", "{not json").statusCode());
        assertEquals(before, reportsBy(Fixtures.ALICE.id()));
    }
}
