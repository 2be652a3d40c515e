package org.serge.federation.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.crypto.RsaKeys;
import org.serge.federation.net.AddressPolicy;
import org.serge.federation.signature.HttpSignatureVerifier;
import org.serge.federation.signature.ParsedSignature;
import org.serge.federation.signature.RequestOrigin;
import org.serge.federation.signature.SignatureScheme;
import org.serge.federation.testing.FetchHarness;

@ExtendWith(VertxExtension.class)
class RemoteFetcherTest {

    private static final String JSON = "application/activity+json";
    private static final FetchLimits LIMITS = new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(10),
            Duration.ofMillis(700), 1024 * 1024, 3);

    private static FetchHarness harness;

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        FetchHarness.start(vertx, LIMITS).onSuccess(h -> harness = h).onComplete(ctx.succeedingThenComplete());
    }

    @AfterAll
    static void tearDown() {
        harness.close();
    }

    @BeforeEach
    void reset() {
        harness.wireMock.resetAll();
    }

    private static void serve(String path, String contentType, String body) {
        harness.wireMock.stubFor(get(urlEqualTo(path))
                .willReturn(aResponse().withHeader("Content-Type", contentType).withBody(body)));
    }

    private static void redirect(String path, String location) {
        harness.wireMock.stubFor(get(urlEqualTo(path))
                .willReturn(aResponse().withStatus(302).withHeader("Location", location)));
    }

    private static <T> void fails(Future<T> future, Class<? extends Throwable> expected, VertxTestContext ctx,
                                  Runnable checks) {
        future.onComplete(ctx.failing(error -> ctx.verify(() -> {
            assertInstanceOf(expected, error, String.valueOf(error));
            checks.run();
            ctx.completeNow();
        })));
    }

    private static int requests() {
        return harness.wireMock.findAll(anyRequestedFor(anyUrl())).size();
    }

    @Test
    void fetchesAMastodonActor(VertxTestContext ctx) {
        String base = harness.base("remote.test");
        serve("/users/mastodon", JSON + "; charset=utf-8",
                FetchHarness.fixture("mastodon/object-person.json", "https://masto.qa.urbanwildlife.biz", base));
        harness.fetcher.fetch(base + "/users/mastodon").onComplete(ctx.succeeding(document -> ctx.verify(() -> {
            assertEquals(base + "/users/mastodon", document.id());
            assertEquals("mastodon", document.parsed().actor().orElseThrow().preferredUsername());
            LoggedRequest request = harness.wireMock.findAll(getRequestedFor(urlEqualTo("/users/mastodon"))).get(0);
            assertEquals(MediaTypes.ACTIVITYPUB_ACCEPT, request.getHeader("Accept"));
            assertEquals("serge/0.1.0 (+http://serge.test)", request.getHeader("User-Agent"));
            assertEquals(harness.authority("remote.test"), request.getHeader("Host"));
            ctx.completeNow();
        })));
    }

    @Test
    void acceptsAnIdOfTheSameOriginAndLdJson(VertxTestContext ctx) {
        String base = harness.base("remote.test");
        serve("/@alice", "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"",
                FetchHarness.actor(base, "alice", "x"));
        harness.fetcher.fetch(base + "/@alice").onComplete(ctx.succeeding(document -> ctx.verify(() -> {
            assertEquals(base + "/users/alice", document.id());
            ctx.completeNow();
        })));
    }

    @Test
    void refusesAnIdOfAnotherOrigin(VertxTestContext ctx) {
        String base = harness.base("remote.test");
        serve("/users/mallory", JSON, FetchHarness.actor("https://victim.example", "mallory", "x"));
        fails(harness.fetcher.fetch(base + "/users/mallory"), IdMismatchException.class, ctx, () -> { });
    }

    @Test
    void refusesAnotherContentType(VertxTestContext ctx) {
        String base = harness.base("remote.test");
        serve("/users/html", "text/html", FetchHarness.actor(base, "html", "x"));
        fails(harness.fetcher.fetch(base + "/users/html"), UnacceptableContentTypeException.class, ctx, () -> { });
    }

    @Test
    void refusesABodyOverOneMegabyte(VertxTestContext ctx) {
        String base = harness.base("remote.test");
        String padding = "x".repeat(1024 * 1024);
        serve("/big", JSON, "{\"id\":\"" + base + "/big\",\"type\":\"Note\",\"content\":\"" + padding + "\"}");
        fails(harness.fetcher.fetch(base + "/big"), BodyTooLargeException.class, ctx, () -> { });
    }

    @Test
    void refusesAChunkedBodyOverTheCapWhileReading(VertxTestContext ctx) {
        String base = harness.base("remote.test");
        GuardedHttpClient small = harness.client(new FetchLimits(Duration.ofSeconds(2), Duration.ofSeconds(2),
                Duration.ofSeconds(5), 1000, 3), AddressPolicy.development());
        harness.wireMock.stubFor(get(urlEqualTo("/chunked")).willReturn(aResponse()
                .withHeader("Content-Type", JSON).withBody("[" + "1,".repeat(5000) + "1]")
                .withChunkedDribbleDelay(5, 50)));
        fails(small.get(base + "/chunked", MediaTypes.ACTIVITYPUB_ACCEPT, MediaTypes.activityPub(), false),
                BodyTooLargeException.class, ctx, small::close);
    }

    @Test
    void refusesARedirectToAPrivateAddress(VertxTestContext ctx) {
        String base = harness.base("remote.test");
        redirect("/users/sneaky", "http://10.0.0.1/latest/meta-data");
        fails(harness.fetcher.fetch(base + "/users/sneaky"), RefusedAddressException.class, ctx,
                () -> assertEquals(1, requests()));
    }

    @Test
    void followsThreeRedirectsButNotFour(VertxTestContext ctx) {
        String base = harness.base("remote.test");
        redirect("/r0", base + "/r1");
        redirect("/r1", "/r2");
        redirect("/r2", "r3");
        redirect("/r3", base + "/r4");
        serve("/r3", JSON, "{\"id\":\"" + base + "/r3\",\"type\":\"Note\"}");
        harness.wireMock.stubFor(get(urlEqualTo("/r3")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", JSON)
                        .withBody("{\"id\":\"" + base + "/r3\",\"type\":\"Note\"}")));
        harness.wireMock.stubFor(get(urlEqualTo("/s3")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "/s4")));
        redirect("/s0", "/s1");
        redirect("/s1", "/s2");
        redirect("/s2", "/s3");
        harness.fetcher.fetch(base + "/r0")
                .onComplete(ctx.succeeding(document -> ctx.verify(() -> {
                    assertEquals(base + "/r3", document.finalUrl());
                    fails(harness.fetcher.fetch(base + "/s0"), TooManyRedirectsException.class, ctx,
                            () -> harness.wireMock.verify(0, getRequestedFor(urlEqualTo("/s4"))));
                })));
    }

    @Test
    void aSlowAnswerHitsTheDeadline(VertxTestContext ctx) {
        String base = harness.base("remote.test");
        harness.wireMock.stubFor(get(urlEqualTo("/slow")).willReturn(aResponse()
                .withHeader("Content-Type", JSON).withBody("{}").withFixedDelay(5000)));
        long start = System.nanoTime();
        fails(harness.fetcher.fetch(base + "/slow"), FetchTimeoutException.class, ctx,
                () -> assertTrue(System.nanoTime() - start < Duration.ofSeconds(3).toNanos()));
    }

    @Test
    void aBlockedDomainIsNeverAsked(VertxTestContext ctx) {
        String base = harness.base("evil.blocked.test");
        serve("/users/x", JSON, FetchHarness.actor(base, "x", "x"));
        harness.blocks.block("blocked.test")
                .onComplete(ctx.succeeding(v -> fails(harness.fetcher.fetch(base + "/users/x"),
                        BlockedDomainException.class, ctx, () -> assertEquals(0, requests()))));
    }

    @Test
    void productionRefusesLoopbackBeforeAnyRequest(VertxTestContext ctx) {
        GuardedHttpClient production = harness.client(LIMITS, AddressPolicy.production());
        RemoteFetcher fetcher = new RemoteFetcher(production, FetchHarness.CODEC);
        String base = harness.base("remote.test");
        serve("/users/x", JSON, FetchHarness.actor(base, "x", "x"));
        fails(fetcher.fetch(base + "/users/x"), RefusedAddressException.class, ctx, () -> {
            assertEquals(0, requests());
            production.close();
        });
    }

    @Test
    void refusesUrlsWithUserinfoOrOtherSchemes(VertxTestContext ctx) {
        fails(harness.fetcher.fetch("http://user@" + harness.authority("remote.test") + "/x"),
                RefusedAddressException.class, ctx,
                () -> assertEquals(0, requests()));
    }

    @Test
    void signsGetsAsTheApplicationActor(VertxTestContext ctx) {
        String base = harness.base("remote.test");
        serve("/users/signed", JSON, FetchHarness.actor(base, "signed", "x"));
        harness.fetcher.fetch(base + "/users/signed").onComplete(ctx.succeeding(document -> ctx.verify(() -> {
            LoggedRequest request = harness.wireMock.findAll(getRequestedFor(urlEqualTo("/users/signed"))).get(0);
            assertNotNull(request.getHeader("Signature"));
            HttpSignatureVerifier verifier = new HttpSignatureVerifier(Clock.systemUTC());
            ParsedSignature signature = verifier.parse(FetchHarness.signable(request),
                    new RequestOrigin("http", harness.authority("remote.test")));
            assertEquals(SignatureScheme.CAVAGE, signature.scheme());
            assertEquals("http://serge.test/actor#main-key", signature.keyId());
            verifier.verify(signature, RsaKeys.parsePublic(harness.application().keys().rsaPublicPem()));
            ctx.completeNow();
        })));
    }

    @Test
    void knocksTwiceAndRemembersRfc9421(VertxTestContext ctx) {
        String base = harness.base("knock.test");
        harness.wireMock.stubFor(get(urlEqualTo("/users/strict")).atPriority(1)
                .withHeader("Signature-Input", matching(".+"))
                .willReturn(aResponse().withHeader("Content-Type", JSON)
                        .withBody(FetchHarness.actor(base, "strict", "x"))));
        harness.wireMock.stubFor(get(urlEqualTo("/users/strict")).atPriority(2)
                .willReturn(aResponse().withStatus(401)));
        harness.fetcher.fetch(base + "/users/strict")
                .compose(first -> {
                    List<LoggedRequest> knocks = harness.wireMock.findAll(getRequestedFor(urlEqualTo("/users/strict")));
                    ctx.verify(() -> {
                        assertEquals(2, knocks.size());
                        assertEquals(SignatureScheme.RFC9421,
                                harness.signer.schemes().preferred(harness.authority("knock.test")));
                    });
                    harness.wireMock.resetRequests();
                    return harness.fetcher.fetch(base + "/users/strict");
                })
                .onComplete(ctx.succeeding(second -> ctx.verify(() -> {
                    List<LoggedRequest> knocks = harness.wireMock.findAll(getRequestedFor(urlEqualTo("/users/strict")));
                    assertEquals(1, knocks.size());
                    assertNotNull(knocks.get(0).getHeader("Signature-Input"));
                    HttpSignatureVerifier verifier = new HttpSignatureVerifier(Clock.systemUTC());
                    ParsedSignature signature = verifier.parse(FetchHarness.signable(knocks.get(0)),
                            new RequestOrigin("http", harness.authority("knock.test")));
                    verifier.verify(signature, RsaKeys.parsePublic(harness.application().keys().rsaPublicPem()));
                    ctx.completeNow();
                })));
    }

    @Test
    void aPeerThatRefusesBothSchemesIsAFailure(VertxTestContext ctx) {
        String base = harness.base("closed.test");
        harness.wireMock.stubFor(get(urlEqualTo("/users/closed")).willReturn(aResponse().withStatus(401)));
        fails(harness.fetcher.fetch(base + "/users/closed"), RemoteStatusException.class, ctx, () -> {
            assertEquals(2, requests());
            assertEquals(SignatureScheme.CAVAGE, harness.signer.schemes().preferred(harness.authority("closed.test")));
        });
    }

    @Test
    void resolvesAHandleWithWebFinger(VertxTestContext ctx) {
        String authority = harness.authority("remote.test");
        String base = harness.base("remote.test");
        harness.wireMock.stubFor(get(urlEqualTo("/.well-known/webfinger?resource=acct%3Aalice%40"
                        + authority.replace(":", "%3A")))
                .withHeader("Signature", absent())
                .willReturn(aResponse().withHeader("Content-Type", "application/jrd+json; charset=utf-8")
                        .withBody("{\"subject\":\"acct:alice@" + authority + "\",\"links\":["
                                + "{\"rel\":\"http://webfinger.net/rel/profile-page\",\"type\":\"text/html\","
                                + "\"href\":\"" + base + "/@alice\"},"
                                + "{\"rel\":\"self\",\"type\":\"application/activity+json\",\"href\":\""
                                + base + "/users/alice\"}]}")));
        WebFingerClient webFinger = new WebFingerClient(harness.http, FetchHarness.CODEC, harness.config);
        webFinger.actorUri("alice", authority).onComplete(ctx.succeeding(uri -> ctx.verify(() -> {
            assertEquals(base + "/users/alice", uri);
            fails(webFinger.actorUri("nobody", authority), RemoteStatusException.class, ctx, () -> { });
        })));
    }
}
