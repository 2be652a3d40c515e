package org.serge.bench;

import io.vertx.core.json.JsonArray;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

/**
 * The home timeline with 1,000,000 statuses and 1,000 follows: {@code GET /api/v1/timelines/home} over loopback,
 * one request at a time (what one member's app does), first pages and pages deep into the past. Prints p50, p99
 * and requests per second. Goal (issue 5): p99 under 50 ms.
 *
 * <p>Options (system properties): {@code bench.timeline.statuses} (1,000,000), {@code bench.timeline.accounts}
 * (10,000), {@code bench.timeline.follows} (1,000), {@code bench.timeline.requests} (2,000),
 * {@code bench.timeline.tags} (0): how many hashtags the member follows, each carried by one status in 1,000.
 */
final class TimelineBench {

    private final int statuses = Integer.getInteger("bench.timeline.statuses", 1_000_000);
    private final int accounts = Integer.getInteger("bench.timeline.accounts", 10_000);
    private final int follows = Integer.getInteger("bench.timeline.follows", 1_000);
    private final int requests = Integer.getInteger("bench.timeline.requests", 2_000);
    private final int tags = Integer.getInteger("bench.timeline.tags", 0);

    void run() {
        System.out.println();
        System.out.println("== Home timeline: " + statuses + " statuses by " + accounts + " accounts, " + follows
                + " follows, " + tags + " followed hashtags (" + BenchNode.DATABASE + ")");
        try (BenchNode node = BenchNode.start()) {
            long started = System.nanoTime();
            seed(node);
            System.out.printf("seeded in %.1f s: %d statuses%n", (System.nanoTime() - started) / 1e9,
                    node.count("SELECT count(*) FROM statuses"));
            String token = BenchNode.await(node.node.wiring().tokens().issueForMember("alice", Set.of("read")));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
            measure(client, node, token, "first page (limit 20)", false);
            measure(client, node, token, "paging back by max_id (limit 20)", true);
        }
    }

    private void seed(BenchNode node) {
        long alice = node.alice().id();
        long now = System.currentTimeMillis();
        BenchNode.await(node.pool.query("INSERT INTO accounts (id, username, domain, uri, inbox_url, display_name)"
                + " SELECT 1000000 + g, 'worker' || g, 'remote' || (g % 100) || '.test',"
                + " 'https://remote' || (g % 100) || '.test/users/worker' || g,"
                + " 'https://remote' || (g % 100) || '.test/users/worker' || g || '/inbox', 'Worker ' || g"
                + " FROM generate_series(1, " + accounts + ") g").execute());
        // ids carry their time like Snowflake ids; one status every 10 ms going back from now
        BenchNode.await(node.pool.query("INSERT INTO statuses (id, uri, account_id, local, visibility, content,"
                + " created_at) SELECT ((" + now + " - g * 10) << 16) + (g % 65536), 'https://remote.test/s/' || g,"
                + " 1000000 + 1 + (g % " + accounts + "), false,"
                + " CASE WHEN g % 10 = 0 THEN 'private' ELSE 'public' END, '<p>report ' || g || '</p>',"
                + " to_timestamp((" + now + " - g * 10) / 1000.0) FROM generate_series(1, " + statuses + ") g")
                .execute());
        BenchNode.await(node.pool.query("INSERT INTO follows (id, account_id, target_account_id)"
                + " SELECT 5000000 + g, " + alice + ", 1000000 + g * " + Math.max(1, accounts / follows)
                + " FROM generate_series(1, " + follows + ") g").execute());
        if (tags > 0) {
            // hashtag i on the statuses g with g % 1000 = i, by accounts mostly not followed
            BenchNode.await(node.pool.query("INSERT INTO status_tags (status_id, name)"
                    + " SELECT ((" + now + " - g * 10) << 16) + (g % 65536), 'tag' || (g % 1000)"
                    + " FROM generate_series(1, " + statuses + ") g WHERE g % 1000 < " + tags).execute());
            BenchNode.await(node.pool.query("INSERT INTO struggle_follows (id, account_id, kind, subject, hashtag)"
                    + " SELECT 6000000 + g, " + alice + ", 'hashtag', 'hashtag:tag' || g, 'tag' || g"
                    + " FROM generate_series(0, " + (tags - 1) + ") g").execute());
        }
        BenchNode.await(node.pool.query("ANALYZE").execute());
    }

    private void measure(HttpClient client, BenchNode node, String token, String what, boolean deep) {
        Latencies latencies = new Latencies();
        String maxId = null;
        int warmup = Math.min(200, requests / 5);
        long started = 0;
        for (int i = 0; i < warmup + requests; i++) {
            if (i == warmup) {
                started = System.nanoTime();
            }
            String url = node.url("/api/v1/timelines/home?limit=20" + (deep && maxId != null ? "&max_id=" + maxId : ""));
            long t0 = System.nanoTime();
            HttpResponse<String> response = send(client, url, token);
            long elapsed = System.nanoTime() - t0;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("timeline answered " + response.statusCode() + ": " + response.body());
            }
            JsonArray page = new JsonArray(response.body());
            if (page.isEmpty()) {
                throw new IllegalStateException("empty timeline page");
            }
            maxId = deep && page.size() == 20 ? page.getJsonObject(19).getString("id") : null;
            if (i >= warmup) {
                latencies.add(elapsed);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%s: %d requests, p50 %.1f ms, p99 %.1f ms, %.0f requests/s (goal p99 < 50 ms: %s)%n",
                what, latencies.count(), latencies.percentileMillis(50), latencies.percentileMillis(99),
                latencies.count() / seconds, latencies.percentileMillis(99) < 50 ? "met" : "not met");
    }

    private static HttpResponse<String> send(HttpClient client, String url, String token) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException("timeline request failed", e);
        }
    }
}
