package org.serge.federation.actors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.error.ServiceException;
import org.serge.federation.fetch.FetchLimits;
import org.serge.federation.fetch.WebFingerClient;
import org.serge.federation.html.RemoteHtmlSanitizer;
import org.serge.federation.testing.FetchHarness;
import org.serge.testkit.Fixtures;

@ExtendWith(VertxExtension.class)
class RemoteActorsTest {

    private static final String JSON = "application/activity+json";

    private static FetchHarness harness;
    private static RemoteActors actors;
    private static String base;
    private static String authority;

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        FetchHarness.start(vertx, FetchLimits.DEFAULTS)
                .compose(h -> {
                    harness = h;
                    base = h.base("actors.test");
                    authority = h.authority("actors.test");
                    actors = new RemoteActors(h.config, h.accounts, h.remoteAccounts, h.fetcher,
                            new WebFingerClient(h.http, FetchHarness.CODEC, h.config),
                            new ActorMapper(new RemoteHtmlSanitizer()), h.blocks, Clock.systemUTC());
                    return Fixtures.insert(h.pool, Fixtures.ALICE);
                })
                .onComplete(ctx.succeedingThenComplete());
    }

    @AfterAll
    static void tearDown() {
        harness.close();
    }

    @BeforeEach
    void reset() {
        harness.wireMock.resetAll();
    }

    private static void serve(String path, String body) {
        harness.wireMock.stubFor(get(urlEqualTo(path))
                .willReturn(aResponse().withHeader("Content-Type", JSON).withBody(body)));
    }

    private static void webFinger(String username, String href) {
        harness.wireMock.stubFor(get(urlEqualTo("/.well-known/webfinger?resource=acct%3A" + username + "%40"
                        + authority.replace(":", "%3A")))
                .willReturn(aResponse().withHeader("Content-Type", "application/jrd+json")
                        .withBody("{\"subject\":\"acct:" + username + "@" + authority + "\",\"links\":[{\"rel\":"
                                + "\"self\",\"type\":\"application/activity+json\",\"href\":\"" + href + "\"}]}")));
    }

    private static int requests() {
        return harness.wireMock.findAll(anyRequestedFor(anyUrl())).size();
    }

    private static <T> void failsWith(Future<T> future, int status, VertxTestContext ctx) {
        future.onComplete(ctx.failing(error -> ctx.verify(() -> {
            assertInstanceOf(ServiceException.class, error, String.valueOf(error));
            assertEquals(status, ((ServiceException) error).status(), error.getMessage());
            ctx.completeNow();
        })));
    }

    @Test
    void fetchesStoresAndThenReadsARemoteActor(VertxTestContext ctx) {
        String uri = base + "/users/mastodon";
        serve("/users/mastodon",
                FetchHarness.fixture("mastodon/object-person.json", "https://masto.qa.urbanwildlife.biz", base));
        actors.resolveUri(uri)
                .compose(account -> {
                    ctx.verify(() -> {
                        assertEquals("mastodon", account.username());
                        assertEquals(authority, account.domain());
                        assertEquals(uri + "/inbox", account.inboxUrl());
                        assertEquals(base + "/inbox", account.sharedInboxUrl());
                    });
                    harness.wireMock.resetRequests();
                    return actors.resolveUri(uri).compose(again -> harness.remoteAccounts.keysOf(again.id()));
                })
                .onComplete(ctx.succeeding(keys -> ctx.verify(() -> {
                    assertEquals(0, requests());
                    assertEquals(uri + "#main-key", keys.get(0).keyId());
                    ctx.completeNow();
                })));
    }

    @Test
    void resolvesLocalIdsAndHandlesWithoutRequests(VertxTestContext ctx) {
        actors.resolveUri(harness.config.baseUrl() + "/users/alice")
                .compose(byUri -> actors.resolveHandle("ALICE", "serge.test").map(byHandle -> {
                    ctx.verify(() -> {
                        assertEquals(Fixtures.ALICE.id(), byUri.id());
                        assertEquals(Fixtures.ALICE.id(), byHandle.id());
                        assertEquals(0, requests());
                    });
                    return byHandle;
                }))
                .onComplete(ctx.succeeding(v -> failsWith(
                        actors.resolveUri(harness.config.baseUrl() + "/users/alice/followers"), 404, ctx)));
    }

    @Test
    void resolvesAHandleThroughWebFingerAndChecksBack(VertxTestContext ctx) {
        webFinger("hana", base + "/users/hana");
        serve("/users/hana", FetchHarness.actor(base, "hana", Fixtures.BOB.rsaPublicPem()));
        actors.resolveHandle("hana", authority).onComplete(ctx.succeeding(account -> ctx.verify(() -> {
            assertEquals(base + "/users/hana", account.uri());
            assertEquals("hana@" + authority, account.acct());
            assertEquals("<p>hi</p>", account.summary());
            ctx.completeNow();
        })));
    }

    @Test
    void refusesAHandleTheActorDoesNotConfirm(VertxTestContext ctx) {
        webFinger("impostor", base + "/users/ivan");
        serve("/users/ivan", FetchHarness.actor(base, "ivan", Fixtures.BOB.rsaPublicPem()));
        failsWith(actors.resolveHandle("impostor", authority), 404, ctx);
    }

    @Test
    void refusesAnActorWhoseInboxIsElsewhere(VertxTestContext ctx) {
        serve("/users/jay", FetchHarness.actor(base, "jay", Fixtures.BOB.rsaPublicPem())
                .replace("\"inbox\":\"" + base + "/users/jay/inbox\"", "\"inbox\":\"https://victim.example/inbox\""));
        failsWith(actors.resolveUri(base + "/users/jay"), 404, ctx);
    }

    @Test
    void aBlockedDomainIs403WithoutRequest(VertxTestContext ctx) {
        harness.blocks.block("shunned.test").onComplete(ctx.succeeding(v -> actors
                .resolveUri(harness.base("shunned.test") + "/users/x")
                .onComplete(ctx.failing(error -> ctx.verify(() -> {
                    assertEquals(403, ((ServiceException) error).status());
                    assertEquals(0, requests());
                    ctx.completeNow();
                })))));
    }

    @Test
    void refreshRefetchesAKnownActor(VertxTestContext ctx) {
        String uri = base + "/users/kim";
        serve("/users/kim", FetchHarness.actor(base, "kim", Fixtures.BOB.rsaPublicPem()));
        actors.resolveUri(uri)
                .compose(first -> {
                    serve("/users/kim", FetchHarness.actor(base, "kim", Fixtures.BOB.rsaPublicPem())
                            .replace("\"name\":\"kim\"", "\"name\":\"Kim K\""));
                    return actors.refresh(uri);
                })
                .onComplete(ctx.succeeding(account -> ctx.verify(() -> {
                    assertEquals("Kim K", account.displayName());
                    ctx.completeNow();
                })));
    }
}
