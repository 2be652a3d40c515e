package org.serge.federation.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.AccountRepository;
import org.serge.core.crypto.RsaKeys;
import org.serge.federation.net.AddressPolicy;
import org.serge.federation.outgoing.ActorIds;
import org.serge.federation.outgoing.World;
import org.serge.federation.signature.HostSignatureSchemes;
import org.serge.federation.signature.HttpSignatureVerifier;
import org.serge.federation.signature.ParsedSignature;
import org.serge.federation.signature.RequestOrigin;
import org.serge.federation.signature.SignableRequest;
import org.serge.federation.signature.SignatureScheme;
import org.serge.testkit.Fixtures;
import org.serge.testkit.TestDatabase;
import org.serge.testkit.TestDb;

@ExtendWith(VertxExtension.class)
class DeliveryWorkerTest {

    private static final DeliverySettings FAST = DeliverySettings.defaults().withBackoff(Backoff.fixed(Duration.ofMillis(100)));

    private static Vertx vertx;
    private static TestDb db;
    private static World world;
    private static WireMockServer remote;
    private static WorkerExecutor signing;
    private static PgDeliveryQueue queue;
    private final List<String> deployments = new ArrayList<>();
    private final List<Pool> pools = new ArrayList<>();
    private HostSignatureSchemes schemes;

    @BeforeAll
    static void setUp(Vertx v) {
        vertx = v;
        db = TestDatabase.fresh();
        world = new World(v, db.pool(v)).withFixtures();
        remote = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        remote.start();
        signing = v.createSharedWorkerExecutor("test-signing", 2);
        queue = new PgDeliveryQueue(v, world.pool);
    }

    @AfterAll
    static void tearDown() {
        remote.stop();
    }

    @BeforeEach
    void reset() {
        world.clearQueue();
        remote.resetAll();
        schemes = new HostSignatureSchemes();
    }

    @AfterEach
    void undeploy() {
        for (String id : deployments) {
            vertx.undeploy(id).await();
        }
        pools.forEach(p -> p.close().await());
    }

    private String inbox(String path) {
        return "http://127.0.0.1:" + remote.port() + path;
    }

    private void startWorker(DeliverySettings settings) {
        Pool pool = db.pool(vertx);
        pools.add(pool);
        DeliverySigner signer = new DeliverySigner(new AccountRepository(pool), new ActorIds(world.uris), signing,
                Clock.systemUTC());
        InboxPoster poster = new VertxInboxPoster(vertx, AddressPolicy.development(), settings, "test");
        deployments.add(vertx.deployVerticle(new DeliveryWorker(new DeliveryStore(pool), signer, poster, schemes,
                settings)).await());
    }

    private static JsonObject activity(String id) {
        return new JsonObject().put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", "http://serge.test/users/alice#likes/" + id).put("type", "Like")
                .put("actor", "http://serge.test/users/alice").put("object", "https://remote.example/statuses/1");
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private long queued() {
        return world.count("SELECT count(*) FROM deliveries");
    }

    private int received(String path) {
        return remote.findAll(postRequestedFor(urlEqualTo(path))).size();
    }

    @Test
    void deliversASignedPostThatVerifiesWithTheSignersKey() throws Exception {
        remote.stubFor(post("/inbox").willReturn(aResponse().withStatus(202)));
        JsonObject like = activity("1");
        queue.enqueue(Fixtures.ALICE.id(), like, List.of(inbox("/inbox"))).await();
        startWorker(FAST);
        await("delivery", () -> queued() == 0);
        assertEquals(0, world.count("SELECT count(*) FROM outgoing_activities"));
        List<LoggedRequest> requests = remote.findAll(postRequestedFor(urlEqualTo("/inbox")));
        assertEquals(1, requests.size());
        LoggedRequest request = requests.get(0);
        assertEquals(like, new JsonObject(request.getBodyAsString()));
        assertEquals("application/activity+json", request.getHeader("Content-Type"));
        String digest = "SHA-256=" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(request.getBody()));
        assertEquals(digest, request.getHeader("Digest"));
        ParsedSignature parsed = verify(request);
        assertEquals(SignatureScheme.CAVAGE, parsed.scheme());
        assertEquals("http://serge.test/users/alice#main-key", parsed.keyId());
    }

    private ParsedSignature verify(LoggedRequest request) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpHeader header : request.getHeaders().all()) {
            headers.put(header.key(), header.values());
        }
        SignableRequest signable = new SignableRequest("POST", request.getUrl(), headers, request.getBody());
        HttpSignatureVerifier verifier = new HttpSignatureVerifier(Clock.systemUTC());
        ParsedSignature parsed = verifier.parse(signable, RequestOrigin.of(URI.create(inbox("/"))));
        verifier.verify(parsed, RsaKeys.parsePublic(Fixtures.ALICE.rsaPublicPem()));
        return parsed;
    }

    @Test
    void aServerErrorIsRetriedThenDelivered() {
        remote.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("up"));
        remote.stubFor(post("/flaky").inScenario("flaky").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(202)));
        queue.enqueue(Fixtures.ALICE.id(), activity("2"), List.of(inbox("/flaky"))).await();
        startWorker(FAST);
        await("delivery after a retry", () -> queued() == 0);
        assertEquals(2, received("/flaky"));
    }

    @Test
    void goneAndNotFoundAreDroppedWithoutRetry() throws InterruptedException {
        remote.stubFor(post("/gone").willReturn(aResponse().withStatus(410)));
        remote.stubFor(post("/missing").willReturn(aResponse().withStatus(404)));
        remote.stubFor(post("/unprocessable").willReturn(aResponse().withStatus(422)));
        queue.enqueue(Fixtures.ALICE.id(), activity("3"),
                List.of(inbox("/gone"), inbox("/missing"), inbox("/unprocessable"))).await();
        startWorker(FAST);
        await("rows dropped", () -> queued() == 0);
        Thread.sleep(400);
        assertEquals(1, received("/gone"));
        assertEquals(1, received("/missing"));
        assertEquals(1, received("/unprocessable"));
    }

    @Test
    void a401ToCavageIsRetriedAtOnceWithRfc9421AndTheHostRemembered() {
        remote.stubFor(post("/strict").atPriority(1).withHeader("Signature-Input", containing("sig"))
                .willReturn(aResponse().withStatus(202)));
        remote.stubFor(post("/strict").atPriority(2).willReturn(aResponse().withStatus(401)));
        queue.enqueue(Fixtures.ALICE.id(), activity("4"), List.of(inbox("/strict"))).await();
        startWorker(FAST);
        await("delivery with RFC 9421", () -> queued() == 0);
        List<LoggedRequest> requests = remote.findAll(postRequestedFor(urlEqualTo("/strict")));
        assertEquals(2, requests.size());
        assertNull(requests.get(0).getHeader("Signature-Input"));
        ParsedSignature second = verify(requests.get(1));
        assertEquals(SignatureScheme.RFC9421, second.scheme());
        assertEquals(SignatureScheme.RFC9421, schemes.preferred("127.0.0.1:" + remote.port()));

        queue.enqueue(Fixtures.ALICE.id(), activity("5"), List.of(inbox("/strict"))).await();
        await("second delivery", () -> queued() == 0);
        assertEquals(3, received("/strict"));
    }

    @Test
    void retryAfterIsHonoured() {
        remote.stubFor(post("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")));
        queue.enqueue(Fixtures.ALICE.id(), activity("6"), List.of(inbox("/busy"))).await();
        startWorker(FAST);
        await("a failed attempt", () -> !world.deliveries().isEmpty()
                && world.deliveries().get(0).getInteger("attempts") == 1);
        Row row = world.deliveries().get(0);
        assertEquals(429, row.getInteger("last_status"));
        assertNull(row.getValue("claimed_until"));
        assertTrue(row.getOffsetDateTime("next_attempt_at").isAfter(OffsetDateTime.now().plusSeconds(100)));
        assertEquals(1, received("/busy"));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        remote.stubFor(post("/down").willReturn(aResponse().withStatus(503)));
        queue.enqueue(Fixtures.ALICE.id(), activity("7"), List.of(inbox("/down"))).await();
        startWorker(FAST.withMaxAttempts(3));
        await("giving up", () -> queued() == 0);
        assertEquals(3, received("/down"));
    }

    @Test
    void aRowWhoseClaimExpiredIsClaimedAgain() throws InterruptedException {
        remote.stubFor(post("/inbox").willReturn(aResponse().withStatus(202)));
        queue.enqueue(Fixtures.ALICE.id(), activity("8"), List.of(inbox("/inbox"))).await();
        queue.enqueue(Fixtures.ALICE.id(), activity("9"), List.of(inbox("/other"))).await();
        // a process claimed both and died: one claim runs out in a second, the other in an hour
        world.pool.query("UPDATE deliveries SET claimed_until = CASE WHEN inbox_url LIKE '%/inbox'"
                + " THEN now() + interval '1 second' ELSE now() + interval '1 hour' END").execute().await();
        startWorker(FAST);
        Thread.sleep(300);
        assertEquals(0, received("/inbox"));
        await("the expired claim", () -> received("/inbox") == 1);
        await("its row finished", () -> queued() == 1);
        Thread.sleep(300);
        assertEquals(0, received("/other"));
    }

    @Test
    void twoWorkersNeverDeliverARowTwice() {
        remote.stubFor(post(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/shared/.*"))
                .willReturn(aResponse().withStatus(202).withFixedDelay(5)));
        DeliverySettings small = FAST.withBatchSize(5);
        startWorker(small);
        startWorker(small);
        int activities = 40;
        for (int i = 0; i < activities; i++) {
            queue.enqueue(Fixtures.ALICE.id(), activity("many-" + i),
                    List.of(inbox("/shared/a"), inbox("/shared/b"), inbox("/shared/c"))).await();
        }
        await("all deliveries", () -> queued() == 0);
        List<LoggedRequest> requests = remote.findAll(postRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/shared/.*")));
        Set<String> distinct = new HashSet<>();
        for (LoggedRequest request : requests) {
            distinct.add(request.getUrl() + " " + new JsonObject(request.getBodyAsString()).getString("id"));
        }
        assertEquals(activities * 3, requests.size());
        assertEquals(activities * 3, distinct.size());
    }
}
