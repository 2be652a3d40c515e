package org.serge.federation.keys;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.crypto.RsaKeys;
import org.serge.federation.actors.ActorMapper;
import org.serge.federation.fetch.BlockedDomainException;
import org.serge.federation.fetch.FetchLimits;
import org.serge.federation.html.RemoteHtmlSanitizer;
import org.serge.federation.testing.FetchHarness;
import org.serge.testkit.Fixtures;

@ExtendWith(VertxExtension.class)
class KeyResolverTest {

    private static final String JSON = "application/activity+json";

    private static FetchHarness harness;
    private static KeyResolver keys;
    private static String base;

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        FetchHarness.start(vertx, FetchLimits.DEFAULTS).onSuccess(h -> {
            harness = h;
            base = h.base("keys.test");
            keys = resolver();
        }).onComplete(ctx.succeedingThenComplete());
    }

    private static KeyResolver resolver() {
        return new KeyResolver(harness.fetcher, harness.remoteAccounts, new ActorMapper(new RemoteHtmlSanitizer()),
                harness.blocks, new KeyRefreshLimits(Duration.ofMinutes(1), 3, Duration.ofMinutes(10)));
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

    private static int requests() {
        return harness.wireMock.findAll(anyRequestedFor(anyUrl())).size();
    }

    private static <T> void fails(Future<T> future, Class<? extends Throwable> expected, VertxTestContext ctx,
                                  Runnable checks) {
        future.onComplete(ctx.failing(error -> ctx.verify(() -> {
            assertInstanceOf(expected, error, String.valueOf(error));
            checks.run();
            ctx.completeNow();
        })));
    }

    /** A GoToSocial-style stub: the actor's id and key, no inbox. */
    private static String stub(String actorId, String keyId, String owner, String pem) {
        return "{\"id\":\"" + actorId + "\",\"type\":\"Person\",\"preferredUsername\":\"x\",\"publicKey\":{\"id\":\""
                + keyId + "\",\"owner\":\"" + owner + "\",\"publicKeyPem\":" + FetchHarness.json(pem) + "}}";
    }

    @Test
    void resolvesAKeyFromTheActorDocumentAndStoresTheActor(VertxTestContext ctx) {
        serve("/users/alice", FetchHarness.actor(base, "alice", Fixtures.ALICE.rsaPublicPem()));
        String keyId = base + "/users/alice#main-key";
        keys.resolve(keyId)
                .compose(key -> {
                    ctx.verify(() -> {
                        assertEquals(RsaKeys.parsePublic(Fixtures.ALICE.rsaPublicPem()), key.publicKey());
                        assertEquals("alice", key.owner().username());
                        assertEquals(harness.authority("keys.test"), key.owner().domain());
                        assertEquals(base + "/users/alice", key.owner().uri());
                        assertEquals(1, requests());
                    });
                    harness.wireMock.resetRequests();
                    return keys.resolve(keyId);
                })
                .compose(cached -> {
                    ctx.verify(() -> assertEquals(0, requests()));
                    return resolver().resolve(keyId); // an empty cache: the database answers
                })
                .onComplete(ctx.succeeding(stored -> ctx.verify(() -> {
                    assertEquals(0, requests());
                    assertEquals("alice", stored.owner().username());
                    ctx.completeNow();
                })));
    }

    @Test
    void followsAGoToSocialKeyStubToItsOwner(VertxTestContext ctx) {
        String actorId = base + "/users/bob";
        String keyId = actorId + "/main-key";
        serve("/users/bob/main-key", stub(actorId, keyId, actorId, Fixtures.BOB.rsaPublicPem()));
        serve("/users/bob", FetchHarness.actor(base, "bob", Fixtures.BOB.rsaPublicPem())
                .replace(actorId + "#main-key", keyId));
        keys.resolve(keyId).onComplete(ctx.succeeding(key -> ctx.verify(() -> {
            assertEquals(RsaKeys.parsePublic(Fixtures.BOB.rsaPublicPem()), key.publicKey());
            assertEquals(actorId, key.owner().uri());
            harness.wireMock.verify(1, getRequestedFor(urlEqualTo("/users/bob/main-key")));
            harness.wireMock.verify(1, getRequestedFor(urlEqualTo("/users/bob")));
            ctx.completeNow();
        })));
    }

    @Test
    void followsAStandaloneKeyToItsOwner(VertxTestContext ctx) {
        String actorId = base + "/users/dora";
        String keyId = base + "/keys/dora";
        serve("/keys/dora", "{\"id\":\"" + keyId + "\",\"type\":\"Key\",\"owner\":\"" + actorId
                + "\",\"publicKeyPem\":" + FetchHarness.json(Fixtures.CAROL.rsaPublicPem()) + "}");
        serve("/users/dora", FetchHarness.actor(base, "dora", Fixtures.CAROL.rsaPublicPem())
                .replace(actorId + "#main-key", keyId));
        keys.resolve(keyId).onComplete(ctx.succeeding(key -> ctx.verify(() -> {
            assertEquals(actorId, key.owner().uri());
            ctx.completeNow();
        })));
    }

    @Test
    void refusesAKeyItsClaimedOwnerDoesNotList(VertxTestContext ctx) {
        String victim = base + "/users/victim";
        String keyId = base + "/users/mallory/main-key";
        serve("/users/mallory/main-key", stub(base + "/users/mallory", keyId, victim, Fixtures.CAROL.rsaPublicPem()));
        serve("/users/victim", FetchHarness.actor(base, "victim", Fixtures.ALICE.rsaPublicPem()));
        fails(keys.resolve(keyId), UnverifiableKeyException.class, ctx, () -> { });
    }

    @Test
    void refusesAnActorWhoseKeyNamesAnotherOwner(VertxTestContext ctx) {
        String keyId = base + "/users/eve#main-key";
        serve("/users/eve", FetchHarness.actor(base, "eve", Fixtures.CAROL.rsaPublicPem())
                .replace("\"owner\":\"" + base + "/users/eve\"", "\"owner\":\"" + base + "/users/alice\""));
        serve("/users/alice", FetchHarness.actor(base, "alice", Fixtures.ALICE.rsaPublicPem()));
        fails(keys.resolve(keyId), UnverifiableKeyException.class, ctx, () -> { });
    }

    @Test
    void refreshIsRateLimitedPerKey(VertxTestContext ctx) {
        serve("/users/carol", FetchHarness.actor(base, "carol", Fixtures.CAROL.rsaPublicPem()));
        String keyId = base + "/users/carol#main-key";
        KeyResolver resolver = resolver();
        resolver.refresh(keyId).onComplete(ctx.succeeding(key -> fails(resolver.refresh(keyId),
                RefreshLimitedException.class, ctx,
                () -> harness.wireMock.verify(1, getRequestedFor(urlEqualTo("/users/carol"))))));
    }

    @Test
    void refreshHasABudgetPerHost(VertxTestContext ctx) {
        String host = "budget.test";
        String hostBase = harness.base(host);
        for (String name : new String[]{"a", "b", "c", "d"}) {
            serve("/users/" + name, FetchHarness.actor(hostBase, name, Fixtures.CAROL.rsaPublicPem()));
        }
        KeyResolver resolver = resolver();
        resolver.refresh(hostBase + "/users/a#main-key")
                .compose(k -> resolver.refresh(hostBase + "/users/b#main-key"))
                .compose(k -> resolver.refresh(hostBase + "/users/c#main-key"))
                .onComplete(ctx.succeeding(k -> fails(resolver.refresh(hostBase + "/users/d#main-key"),
                        RefreshLimitedException.class, ctx,
                        () -> harness.wireMock.verify(0, getRequestedFor(urlEqualTo("/users/d"))))));
    }

    @Test
    void aGoneKeyIsReportedAsGone(VertxTestContext ctx) {
        harness.wireMock.stubFor(get(urlEqualTo("/users/gone")).willReturn(aResponse().withStatus(410)));
        fails(keys.resolve(base + "/users/gone#main-key"), GoneKeyException.class, ctx, () -> { });
    }

    @Test
    void aKeyOfABlockedDomainIsRefusedEvenWhenKnown(VertxTestContext ctx) {
        String hostBase = harness.base("soon.blocked.test");
        serve("/users/frank", FetchHarness.actor(hostBase, "frank", Fixtures.ALICE.rsaPublicPem()));
        String keyId = hostBase + "/users/frank#main-key";
        keys.resolve(keyId)
                .compose(key -> harness.blocks.block("blocked.test"))
                .onComplete(ctx.succeeding(v -> fails(keys.resolve(keyId), BlockedDomainException.class, ctx,
                        () -> assertTrue(requests() <= 1))));
    }

    @Test
    void concurrentLookupsShareOneFetch(VertxTestContext ctx) {
        serve("/users/gina", FetchHarness.actor(base, "gina", Fixtures.ALICE.rsaPublicPem()));
        String keyId = base + "/users/gina#main-key";
        KeyResolver resolver = resolver();
        Future.all(resolver.resolve(keyId), resolver.resolve(keyId), resolver.resolve(keyId))
                .onComplete(ctx.succeeding(all -> ctx.verify(() -> {
                    harness.wireMock.verify(1, getRequestedFor(urlEqualTo("/users/gina")));
                    ctx.completeNow();
                })));
    }
}
