package org.serge.federation.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.federation.net.AddressPolicy;

@ExtendWith(VertxExtension.class)
class VertxInboxPosterTest {

    private static final byte[] BODY = "{}".getBytes();
    private static final Map<String, List<String>> HEADERS = Map.of("Content-Type", List.of("application/activity+json"));

    private static WireMockServer remote;
    private static Vertx vertx;

    @BeforeAll
    static void setUp(Vertx v) {
        vertx = v;
        remote = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        remote.start();
        remote.stubFor(post("/ok").willReturn(aResponse().withStatus(202)));
        remote.stubFor(post("/big").willReturn(aResponse().withStatus(200).withBody(new byte[3 * 1024 * 1024])));
        remote.stubFor(post("/slow").willReturn(aResponse().withStatus(202).withFixedDelay(3000)));
        remote.stubFor(post("/later").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")));
    }

    @AfterAll
    static void tearDown() {
        remote.stop();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + remote.port() + path);
    }

    private PostOutcome send(AddressPolicy policy, DeliverySettings settings, String path) {
        return new VertxInboxPoster(vertx, policy, settings, "test").post(uri(path), HEADERS, BODY).await();
    }

    @Test
    void productionRefusesLoopbackAndPrivateAddresses() {
        VertxInboxPoster poster = new VertxInboxPoster(vertx, AddressPolicy.production(), DeliverySettings.defaults(),
                "test");
        for (String url : List.of(uri("/ok").toString(), "http://10.1.2.3/inbox", "http://localhost/inbox",
                "ftp://remote.example/inbox")) {
            Throwable e = assertThrows(Throwable.class, () -> poster.post(URI.create(url), HEADERS, BODY).await());
            assertInstanceOf(RefusedDestinationException.class, e, url);
        }
        assertEquals(0, remote.getAllServeEvents().stream().filter(r -> r.getRequest().getUrl().equals("/ok")).count());
    }

    @Test
    void developmentAllowsLoopbackOnly() {
        assertEquals(202, send(AddressPolicy.development(), DeliverySettings.defaults(), "/ok").status());
        VertxInboxPoster poster = new VertxInboxPoster(vertx, AddressPolicy.development(), DeliverySettings.defaults(),
                "test");
        assertThrows(RefusedDestinationException.class,
                () -> poster.post(URI.create("http://192.168.1.1/inbox"), HEADERS, BODY).await());
    }

    @Test
    void aHugeResponseIsCutShortButItsStatusCounts() {
        assertEquals(200, send(AddressPolicy.development(), DeliverySettings.defaults(), "/big").status());
    }

    @Test
    void aSlowResponseTimesOut() {
        DeliverySettings quick = DeliverySettings.defaults().withRequestTimeout(Duration.ofMillis(300));
        Throwable e = assertThrows(Throwable.class, () -> send(AddressPolicy.development(), quick, "/slow"));
        assertInstanceOf(TimeoutException.class, e);
    }

    @Test
    void retryAfterIsRead() {
        PostOutcome outcome = send(AddressPolicy.development(), DeliverySettings.defaults(), "/later");
        assertEquals(503, outcome.status());
        assertEquals(Duration.ofSeconds(30), outcome.retryAfter());
        assertTrue(!outcome.isSuccess() && !outcome.isPermanentFailure());
    }
}
