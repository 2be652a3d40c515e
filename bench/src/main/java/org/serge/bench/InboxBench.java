package org.serge.bench;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.serge.core.account.ActorType;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.account.RemoteActor;
import org.serge.core.account.RemoteKey;
import org.serge.core.crypto.RsaKeys;
import org.serge.federation.signature.HttpSignatureSigner;
import org.serge.federation.signature.SignableRequest;
import org.serge.federation.signature.SignatureScheme;

/**
 * The inbox: signed Create(Note) activities from 1,000 distinct remote actors (on 100 hosts), known with their keys,
 * posted over loopback to a member's inbox by a closed loop of growing concurrency. The answer is the highest
 * accepted rate with p99 at or under 100 ms, next to the raw one-core RSA verify rate measured in the same run.
 */
final class InboxBench {

    static final int ACTORS = 1000;
    static final int HOSTS = 100;
    static final double P99_LIMIT_MS = 100;

    // the JIT compiles the receiving path's busy shapes (large insert groups, full event loops) only under load:
    // after 10,000 requests at concurrency 32 the first series still ran slower than the second, processor and all
    private final int jitRequests = Integer.getInteger("bench.inbox.warmup", 40_000);
    private static final int JIT_CONCURRENCY = 128;
    private final int requests = jitRequests + Integer.getInteger("bench.inbox.requests", 360_000);
    private final double levelSeconds = Double.parseDouble(System.getProperty("bench.inbox.levelSeconds", "3"));
    private final int[] concurrencies = {16, 32, 64, 128, 160, 192, 256, 384, 512};

    void run() {
        System.out.println("== Inbox benchmark ==");
        System.out.println("  database: " + BenchNode.DATABASE);
        List<KeyPair> keys = ActorKeys.load(ACTORS);
        System.out.printf("  load before: %s%n", Machine.load());
        double verifyRate = RsaRates.verifiesPerSecond(keys.get(0), 2.0);
        double verifyMicros = RsaRates.lastCpuMicros();
        System.out.printf("  raw SHA256withRSA verify, 2048-bit, one thread: %.0f/s (load %s); CPU time per"
                + " verification %.1f us%n", verifyRate, Machine.load(), verifyMicros);

        try (BenchNode node = BenchNode.start()) {
            String alice = node.url("/users/alice");
            List<String> actors = storeActors(node, keys);
            System.out.printf("  node on port %d; %d remote actors on %d hosts stored with their keys%n",
                    node.port(), ACTORS, HOSTS);

            long signingStarted = System.nanoTime();
            List<PresignedRequest> warmup = presign(node, actors, keys, alice, 0, ACTORS, "w");
            List<PresignedRequest> measured = presign(node, actors, keys, alice, 0, requests, "m");
            System.out.printf("  pre-signed %d + %d requests in %.1f s (before and outside the measurement)%n",
                    warmup.size(), measured.size(), (System.nanoTime() - signingStarted) / 1e9);

            Vertx client = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
            try (HeapSampler heap = new HeapSampler()) {
                ClosedLoop warm = new ClosedLoop(client, node.port(), warmup);
                ClosedLoop.Result cacheWarming = warm.run(16, 600);
                System.out.printf("  key cache warmed: one request per actor, %d accepted, %d failed%s%n",
                        cacheWarming.accepted(), cacheWarming.failed(),
                        cacheWarming.firstFailure() == null ? "" : " (" + cacheWarming.firstFailure() + ")");

                ClosedLoop jitLoop = new ClosedLoop(client, node.port(), measured.subList(0, jitRequests));
                ClosedLoop.Result jit = jitLoop.run(JIT_CONCURRENCY, 120);
                System.out.printf("  JIT warm-up: %d requests at concurrency %d in %.1f s (not counted)%n",
                        jit.accepted() + jit.failed(), JIT_CONCURRENCY, jit.seconds());
                ClosedLoop loop = new ClosedLoop(client, node.port(), measured.subList(jitRequests, measured.size()));
                CpuMeter cpu = new CpuMeter(node.db.port(), client);

                // the inbox proper (verification and storage), as the issue's goal measures it: the processor,
                // a separate stage like Mastodon's Sidekiq, is stopped and its queue only grows
                BenchNode.await(node.node.wiring().inbox().stopProcessor());
                System.out.println("  -- the inbox alone: verification and storage (the inbox processor stopped)");
                node.resetStatements();
                Phase alone = levels(node, loop, cpu);
                node.printStatements(alone.accepted(), "accepted request");
                double leastCpu = alone.leastCpu();
                System.out.printf("  CPU per accepted request, least: %.0f us for the node (JVM and PostgreSQL%s), and"
                                + " %.0f us for the load generator: with the %d cores to itself the node would take"
                                + " about %.0f/s; verification is %.1f us of it (%.0f%%)%n", leastCpu,
                        cpu.seesPostgres() ? "" : ": PostgreSQL NOT FOUND, left out", alone.generatorCpu(),
                        Machine.cores(), Machine.cores() * 1e6 / leastCpu, verifyMicros, 100 * verifyMicros / leastCpu);

                // then as a node runs: the processor handles the stored Creates while requests keep coming
                long backlog = node.count("SELECT count(*) FROM inbox_activities WHERE processed_at IS NULL");
                BenchNode.await(node.node.wiring().inbox().deployProcessor());
                System.out.printf("  -- with the inbox processor running (it starts with %d stored Creates to"
                        + " handle)%n", backlog);
                node.resetStatements();
                Phase withProcessor = levels(node, loop, cpu);
                node.printStatements(withProcessor.accepted(), "accepted request");

                processorAlone(node, cpu);
                System.out.println("  load generator: in the same JVM, one event loop, keep-alive HTTP/1.1");
                System.out.println("  tables PostgreSQL read whole (sequential scans, rows read) during the run: "
                        + node.sequentialScans());
                if (alone.best() == null) {
                    System.out.println("  RESULT inbox: no level kept p99 <= 100 ms without failures");
                    return;
                }
                ClosedLoop.Result best = alone.best();
                System.out.printf("  RESULT inbox: %.0f accepted/s at concurrency %d, p50 %.1f ms, p99 %.1f ms,"
                                + " peak heap %d MB (JVM total: node, load generator and pre-signed requests)%n",
                        best.acceptedPerSecond(), best.concurrency(), best.p50Millis(), best.p99Millis(),
                        heap.peakMegabytes());
                System.out.printf("  RESULT inbox: raw verify %.0f/s on one core; accepted/s : raw verify = %.2f"
                                + " (goal: >= 5000 accepted/s, %s); load during the best level %s%n",
                        verifyRate, best.acceptedPerSecond() / verifyRate,
                        best.acceptedPerSecond() >= 5000 ? "met" : "NOT met", best.load());
                if (withProcessor.best() != null) {
                    ClosedLoop.Result both = withProcessor.best();
                    System.out.printf("  RESULT inbox with the processor running: %.0f accepted/s at concurrency %d,"
                                    + " p99 %.1f ms, while it handled %.0f Creates/s%n", both.acceptedPerSecond(),
                            both.concurrency(), both.p99Millis(), withProcessor.processedPerSecond());
                }
            } finally {
                BenchNode.await(client.close());
            }
        }
    }

    /** What one series of levels found: its best level within the p99 limit, and what the processor did. */
    private record Phase(ClosedLoop.Result best, double leastCpu, double generatorCpu, double processedPerSecond,
                         long accepted) {
    }

    /** Levels of growing concurrency until two in a row are over the p99 limit or the requests run out. */
    private Phase levels(BenchNode node, ClosedLoop loop, CpuMeter cpu) {
        System.out.println("  concurrency  accepted/s   p50 ms   p99 ms  failed  processed/s  CPU us/request: node (JVM +"
                + " PG), load generator  load (1, 5, 15 min)");
        List<ClosedLoop.Result> results = new ArrayList<>();
        List<Double> cpuPerRequest = new ArrayList<>();
        List<Double> generatorPerRequest = new ArrayList<>();
        ClosedLoop.Result best = null;
        double bestProcessed = 0;
        int overLimit = 0;
        for (int concurrency : concurrencies) {
            if (loop.remaining() < 1000) {
                System.out.println("  (pre-signed requests used up; raise -Dbench.inbox.requests)");
                break;
            }
            long processedBefore = processed(node);
            CpuMeter.Sample before = cpu.sample();
            ClosedLoop.Result result = loop.run(concurrency, levelSeconds);
            CpuMeter.Sample after = cpu.sample();
            double processedPerSecond = (processed(node) - processedBefore) / result.seconds();
            double jvmMicros = (after.nodeNanos() - before.nodeNanos()) / 1e3 / result.accepted();
            double pgMicros = (after.postgresNanos() - before.postgresNanos()) / 1e3 / result.accepted();
            double loadMicros = (after.harnessNanos() - before.harnessNanos()) / 1e3 / result.accepted();
            results.add(result);
            cpuPerRequest.add(jvmMicros + pgMicros);
            generatorPerRequest.add(loadMicros);
            System.out.printf("  %11d  %10.0f  %7.1f  %7.1f  %6d  %11.0f  %6.0f = %4.0f + %4.0f, %4.0f       %s%s%n",
                    concurrency, result.acceptedPerSecond(), result.p50Millis(), result.p99Millis(),
                    result.failed(), processedPerSecond, jvmMicros + pgMicros, jvmMicros, pgMicros, loadMicros,
                    result.load(),
                    result.firstFailure() == null ? "" : "  first failure: " + result.firstFailure());
            if (result.p99Millis() <= P99_LIMIT_MS && result.failed() == 0
                    && (best == null || result.acceptedPerSecond() > best.acceptedPerSecond())) {
                best = result;
                bestProcessed = processedPerSecond;
            }
            // two levels over the limit in a row: more concurrency only queues more
            overLimit = result.p99Millis() > P99_LIMIT_MS ? overLimit + 1 : 0;
            if (overLimit == 2) {
                break;
            }
        }
        int least = cpuPerRequest.indexOf(cpuPerRequest.stream().min(Double::compare).orElse(Double.NaN));
        double leastCpu = least < 0 ? Double.NaN : cpuPerRequest.get(least);
        double generator = least < 0 ? Double.NaN : generatorPerRequest.get(least);
        long accepted = results.stream().mapToLong(ClosedLoop.Result::accepted).sum();
        return new Phase(best, leastCpu, generator, bestProcessed, accepted);
    }

    /** Rows the processor finished so far (its metrics counter: counting rows in the table would load it). */
    private static long processed(BenchNode node) {
        return node.node.wiring().deliveryOps().metrics().inboxProcessedCount();
    }

    /** The processor with the machine to itself: what it handles per second when no request comes in. */
    private static void processorAlone(BenchNode node, CpuMeter cpu) {
        node.resetStatements();
        long before = processed(node);
        CpuMeter.Sample cpuBefore = cpu.sample();
        long started = System.nanoTime();
        sleepSeconds(10);
        long done = processed(node) - before;
        CpuMeter.Sample cpuAfter = cpu.sample();
        double seconds = (System.nanoTime() - started) / 1e9;
        double jvm = (cpuAfter.nodeNanos() - cpuBefore.nodeNanos()) / 1e3 / Math.max(1, done);
        double pg = (cpuAfter.postgresNanos() - cpuBefore.postgresNanos()) / 1e3 / Math.max(1, done);
        System.out.printf("  RESULT inbox processor with no requests coming in: %.0f Creates/s handled (mentions of a"
                        + " member: status, mention, notification); CPU per Create %.0f us = JVM %.0f + PostgreSQL %.0f;"
                        + " load %s%n", done / seconds, jvm + pg, jvm, pg, Machine.load());
        node.printStatements(done, "Create");
    }

    private static void sleepSeconds(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<String> storeActors(BenchNode node, List<KeyPair> keys) {
        RemoteAccountRepository repository = new RemoteAccountRepository(node.pool);
        List<String> uris = new ArrayList<>();
        for (int chunk = 0; chunk < ACTORS; chunk += 50) {
            List<Future<?>> upserts = new ArrayList<>();
            for (int i = chunk; i < Math.min(ACTORS, chunk + 50); i++) {
                String host = "h" + (i % HOSTS) + ".bench.test";
                String uri = "https://" + host + "/users/u" + i;
                uris.add(uri);
                RemoteActor actor = new RemoteActor(uri, "u" + i, host, ActorType.Person, "Remote " + i, "", false,
                        uri + "/inbox", null, uri + "/outbox", uri + "/followers", uri + "/following", null, uri,
                        null, null, List.of(), true,
                        List.of(new RemoteKey(uri + "#main-key", RemoteKey.RSA,
                                RsaKeys.publicPem(keys.get(i).getPublic()))));
                upserts.add(repository.upsert(actor));
            }
            BenchNode.await(Future.all(upserts));
        }
        return uris;
    }

    /** Create(Note) activities addressed to alice, signed as Mastodon signs (draft-cavage, rsa-sha256). */
    private static List<PresignedRequest> presign(BenchNode node, List<String> actors, List<KeyPair> keys,
                                                  String alice, int from, int count, String tag) {
        String path = "/users/alice/inbox";
        URI inbox = URI.create(node.url(path));
        HttpSignatureSigner signer = new HttpSignatureSigner(Clock.systemUTC());
        String published = Instant.now().toString();
        return IntStream.range(from, from + count).parallel().mapToObj(i -> {
            int actor = i % ACTORS;
            String actorUri = actors.get(actor);
            String noteId = actorUri + "/statuses/" + tag + i;
            JsonObject note = new JsonObject()
                    .put("id", noteId).put("type", "Note").put("attributedTo", actorUri)
                    .put("content", "<p>Strike at the warehouse, day " + i + ": pickets from 6 am, bring soup."
                            + " Solidarity from every shift!</p>")
                    .put("published", published).put("url", noteId)
                    .put("to", new JsonArray().add(alice)).put("cc", new JsonArray())
                    .put("tag", new JsonArray().add(new JsonObject().put("type", "Mention").put("href", alice)
                            .put("name", "@alice@" + node.node.config().domain())));
            JsonObject create = new JsonObject()
                    .put("@context", "https://www.w3.org/ns/activitystreams")
                    .put("id", noteId + "/activity").put("type", "Create").put("actor", actorUri)
                    .put("published", published).put("to", new JsonArray().add(alice)).put("cc", new JsonArray())
                    .put("object", note);
            byte[] body = create.encode().getBytes(StandardCharsets.UTF_8);
            SignableRequest signed = signer.sign(SignatureScheme.CAVAGE, "POST", inbox,
                    Map.of("Content-Type", List.of("application/activity+json")), body,
                    actorUri + "#main-key", keys.get(actor).getPrivate());
            MultiMap headers = MultiMap.caseInsensitiveMultiMap();
            signed.headers().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("host")) {
                    headers.add(name, values);
                }
            });
            return new PresignedRequest(path, headers, Buffer.buffer(body));
        }).toList();
    }
}
