package org.serge.web.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Cli;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/** GET /metrics, GET /api/serge/v1/admin/queue and {@code admin queue}: for administrators only. */
@Timeout(120)
class OpsRoutesTest {

    private static TestNode node;
    private static String adminToken;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE);
        Cli.Result created = cli("admin", "create-account", "boss", "--admin");
        assertEquals(0, created.exitCode(), created.err());
        adminToken = token("boss", "admin:read");
        // a delivery that waits a day, to a host the node will not reach during the test
        node.count("WITH a AS (INSERT INTO outgoing_activities (id, signer_account_id, payload)"
                + " VALUES (4242, $1, '{}') RETURNING id) INSERT INTO deliveries (activity_id, inbox_url, host,"
                + " attempts, next_attempt_at) SELECT id, 'https://queued.example/inbox', 'queued.example', 3,"
                + " now() + interval '1 day' FROM a RETURNING id", Fixtures.ALICE.id());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static Cli.Result cli(String... args) {
        String[] all = new String[args.length + 5];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--database-url";
        all[args.length + 1] = node.db().url();
        all[args.length + 2] = "--domain";
        all[args.length + 3] = node.domain();
        all[args.length + 4] = "--dev";
        return Cli.run(all);
    }

    private static String token(String username, String scopes) {
        Cli.Result result = cli("admin", "create-token", username, "--scopes", scopes);
        assertEquals(0, result.exitCode(), result.err());
        return result.lastLine();
    }

    private static HttpResponse<String> get(String path, String token) {
        return token == null ? Http.get(node.url(path))
                : Http.get(node.url(path), "Authorization", "Bearer " + token);
    }

    @Test
    void metricsNeedAnAdministratorsTokenWithAdminRead() {
        assertEquals(401, get("/metrics", null).statusCode());
        assertEquals(401, get("/metrics", "not-a-token").statusCode());
        assertEquals(403, get("/metrics", token("boss", "read")).statusCode());
        assertEquals(403, get("/metrics", token(Fixtures.ALICE.username(), "admin:read")).statusCode());
        assertEquals(403, get("/api/serge/v1/admin/queue", token(Fixtures.ALICE.username(), "admin:read"))
                .statusCode());
        assertEquals(401, get("/api/serge/v1/admin/queue", null).statusCode());
    }

    @Test
    void metricsArePrometheusText() {
        HttpResponse<String> response = get("/metrics", adminToken);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith("text/plain; version=0.0.4"), Http.contentType(response));
        String body = response.body();
        for (String name : new String[]{"serge_deliveries_queued 1.0", "serge_deliveries_claimed",
                "serge_deliveries_in_flight", "serge_deliveries_delivered_total", "serge_deliveries_failed_total",
                "serge_deliveries_retries_total", "serge_inbox_received_total", "serge_inbox_processed_total",
                "serge_inbox_pending", "jvm_memory_used_bytes"}) {
            assertTrue(body.contains(name), name + " missing from\n" + body);
        }
    }

    @Test
    void theQueuePerHostAsJson() {
        HttpResponse<String> response = get("/api/serge/v1/admin/queue", adminToken);
        assertEquals(200, response.statusCode(), response.body());
        JsonObject queue = Http.json(response);
        assertEquals(1, queue.getLong("queued"));
        JsonObject host = queue.getJsonArray("hosts").getJsonObject(0);
        assertEquals("queued.example", host.getString("host"));
        assertEquals(1, host.getLong("queued"));
        assertEquals(3, host.getInteger("max_attempts"));
        assertEquals(false, host.getBoolean("unavailable"));
        assertTrue(host.getString("oldest_next_attempt").endsWith("Z"));
        assertEquals(400, get("/api/serge/v1/admin/queue?limit=x", adminToken).statusCode());
    }

    @Test
    void theAdminQueueCommandPrintsTheQueuePerHost() {
        Cli.Result result = cli("admin", "queue");
        assertEquals(0, result.exitCode(), result.err());
        String[] lines = result.out().strip().split("\n");
        assertTrue(lines[0].startsWith("HOST"), result.out());
        assertTrue(lines[1].matches("queued\\.example\\s+1\\s+0\\s+\\S+Z\\s+3\\s+no\\s*"), lines[1]);
    }
}
