package org.serge.web.activitypub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.ActorType;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.account.RemoteActor;
import org.serge.core.account.RemoteKey;
import org.serge.core.config.NodeConfig;
import org.serge.core.crypto.RsaKeys;
import org.serge.core.error.ServiceException;
import org.serge.core.moderation.DomainBlocks;
import org.serge.core.outbox.Federator;
import org.serge.federation.inbox.SignerKey;
import org.serge.federation.inbox.SignerKeys;
import org.serge.federation.signature.HttpSignatureSigner;
import org.serge.federation.signature.SignableRequest;
import org.serge.federation.signature.SignatureScheme;
import org.serge.testkit.FreePorts;
import org.serge.testkit.Fixtures;
import org.serge.testkit.TestDatabase;
import org.serge.web.http.FailureHandler;

/** The inbox over HTTP: status codes and the stored row, against a router with only the inbox mounted. */
@ExtendWith(VertxExtension.class)
class InboxRoutesTest {

    private static final String ACTOR = "https://remote.example/users/rita";
    private static final String KEY_ID = ACTOR + "#main-key";

    private static Pool pool;
    private static HttpServer server;
    private static WebClient client;
    private static int port;
    private static KeyPair keys;

    private static <T> T await(Future<T> future) throws Exception {
        return future.await(20, TimeUnit.SECONDS);
    }

    @BeforeAll
    static void setUp(Vertx vertx) throws Exception {
        pool = TestDatabase.fresh().pool(vertx);
        await(Fixtures.insert(pool, Fixtures.ALICE));
        RemoteAccountRepository remoteAccounts = new RemoteAccountRepository(pool);
        keys = RsaKeys.generate();
        await(remoteAccounts.upsert(new RemoteActor(ACTOR, "rita", "remote.example", ActorType.Person, "Rita", "",
                false, ACTOR + "/inbox", null, null, null, null, null, null, null, null, List.of(), true,
                List.of(new RemoteKey(KEY_ID, RemoteKey.RSA, RsaKeys.publicPem(keys.getPublic()))))));
        port = FreePorts.next();
        NodeConfig config = new NodeConfig("localhost:" + port, port, null, null, true, "union", "Union", "", false);
        SignerKeys signerKeys = new SignerKeys() {
            @Override
            public Future<SignerKey> key(String keyId) {
                return remoteAccounts.findKey(keyId).compose(k -> k.isEmpty()
                        ? Future.failedFuture(ServiceException.notFound("no key"))
                        : Future.succeededFuture(new SignerKey(RsaKeys.parsePublic(k.get().key().publicKey()),
                                k.get().owner())));
            }

            @Override
            public Future<SignerKey> refreshed(String keyId) {
                return key(keyId);
            }
        };
        AccountResolver resolver = new AccountResolver() {
            @Override
            public Future<Account> resolveUri(String uri) {
                return Future.failedFuture(ServiceException.notFound("unknown"));
            }

            @Override
            public Future<Account> resolveHandle(String username, String domain) {
                return Future.failedFuture(ServiceException.notFound("unknown"));
            }
        };
        Federator federator = (Federator) Proxy.newProxyInstance(Federator.class.getClassLoader(),
                new Class<?>[]{Federator.class}, (proxy, method, args) -> Future.succeededFuture());
        InboxModule module = new InboxModule(vertx, pool, config, new DomainBlocks(pool), signerKeys,
                uri -> Future.failedFuture(ServiceException.notFound("unknown")), resolver, federator);
        Router router = Router.router(vertx);
        module.mount(router);
        FailureHandler failures = new FailureHandler();
        router.route().failureHandler(failures);
        server = await(vertx.createHttpServer().requestHandler(router).listen(port));
        client = WebClient.create(vertx);
    }

    @AfterAll
    static void tearDown() throws Exception {
        await(server.close());
        pool.close();
    }

    private static Buffer follow(String id) {
        return new JsonObject().put("id", id).put("type", "Follow").put("actor", ACTOR)
                .put("object", "http://localhost:" + port + "/users/alice").toBuffer();
    }

    private static HttpResponse<Buffer> post(String path, String contentType, Buffer body, boolean sign)
            throws Exception {
        SignableRequest request = new SignableRequest("POST", path, Map.of("Content-Type", List.of(contentType)),
                body.getBytes());
        if (sign) {
            request = new HttpSignatureSigner(Clock.systemUTC()).sign(SignatureScheme.CAVAGE, "POST",
                    URI.create("http://localhost:" + port + path), request.headers(), body.getBytes(), KEY_ID,
                    keys.getPrivate());
        }
        var http = client.post(port, "localhost", path);
        request.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("host")) {
                http.putHeader(name, values);
            }
        });
        return await(http.sendBuffer(body));
    }

    private static long stored(String id) throws Exception {
        return await(pool.preparedQuery("SELECT count(*) FROM inbox_activities WHERE activity_id = $1")
                .execute(Tuple.of(id))).iterator().next().getLong(0);
    }

    @Test
    void aSignedActivityIsAnswered202AndStored() throws Exception {
        String id = ACTOR + "/follows/1";
        HttpResponse<Buffer> response = post("/users/alice/inbox", "application/activity+json", follow(id), true);
        assertEquals(202, response.statusCode());
        assertEquals(0, response.body() == null ? 0 : response.body().length());
        assertEquals(1, stored(id));

        String shared = ACTOR + "/follows/2";
        assertEquals(202, post("/inbox", "application/activity+json", follow(shared), true).statusCode());
        assertEquals(1, stored(shared));
    }

    @Test
    void refusalsCarryTheirStatusAndStoreNothing() throws Exception {
        assertEquals(404, post("/users/nobody/inbox", "application/activity+json", follow(ACTOR + "/f/a"), true)
                .statusCode());
        assertEquals(415, post("/inbox", "text/plain", follow(ACTOR + "/f/b"), true).statusCode());
        assertEquals(401, post("/inbox", "application/activity+json", follow(ACTOR + "/f/c"), false).statusCode());
        Buffer huge = Buffer.buffer("{\"id\":\"" + ACTOR + "/f/d\",\"content\":\"" + "x".repeat(1024 * 1024)
                + "\"}", StandardCharsets.UTF_8.name());
        assertEquals(413, post("/inbox", "application/activity+json", huge, false).statusCode());
        for (String id : List.of("a", "b", "c", "d")) {
            assertEquals(0, stored(ACTOR + "/f/" + id));
        }
    }

    /** Rule 8: ActivityStreams is read as JSON with known shapes; a remote @context is never fetched. */
    @Test
    void aRemoteContextIsNeverFetched(Vertx vertx) throws Exception {
        java.util.concurrent.atomic.AtomicInteger hits = new java.util.concurrent.atomic.AtomicInteger();
        HttpServer contextHost = await(vertx.createHttpServer()
                .requestHandler(request -> {
                    hits.incrementAndGet();
                    request.response().putHeader("Content-Type", "application/ld+json").end("{\"@context\": {}}");
                })
                .listen(0, "127.0.0.1"));
        try {
            String id = ACTOR + "/follows/with-context";
            JsonObject activity = follow(id).toJsonObject().put("@context", new io.vertx.core.json.JsonArray()
                    .add("https://www.w3.org/ns/activitystreams")
                    .add("http://127.0.0.1:" + contextHost.actualPort() + "/evil-context.jsonld"));
            assertEquals(202, post("/inbox", "application/activity+json", activity.toBuffer(), true).statusCode());
            assertEquals(1, stored(id));
            Thread.sleep(500);
            assertEquals(0, hits.get());
        } finally {
            await(contextHost.close());
        }
    }
}
