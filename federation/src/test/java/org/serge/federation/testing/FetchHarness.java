package org.serge.federation.testing;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.AccountService;
import org.serge.core.account.ActorType;
import org.serge.core.account.LocalActor;
import org.serge.core.account.NewAccount;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.moderation.DomainBlocks;
import org.serge.federation.fetch.FetchLimits;
import org.serge.federation.fetch.GuardedHttpClient;
import org.serge.federation.fetch.HostResolver;
import org.serge.federation.fetch.RemoteFetcher;
import org.serge.federation.fetch.RequestSigner;
import org.serge.federation.signature.HostSignatureSchemes;
import org.serge.federation.net.AddressPolicy;
import org.serge.federation.signature.SignableRequest;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.testkit.TestDatabase;

/**
 * A node in development mode with a fresh database and its Application actor, and WireMock on 127.0.0.1 playing
 * the remote servers. Every host name resolves to 127.0.0.1 (IP literals to themselves), so tests can use several
 * remote hosts, all served by the one WireMock.
 */
public final class FetchHarness {

    public static final ActivityStreamsCodec CODEC = new ActivityStreamsCodec();

    public final Vertx vertx;
    public final Pool pool;
    public final NodeConfig config;
    public final AccountService accounts;
    public final RemoteAccountRepository remoteAccounts;
    public final DomainBlocks blocks;
    public final WireMockServer wireMock;
    public final RequestSigner signer;
    public final GuardedHttpClient http;
    public final RemoteFetcher fetcher;
    private LocalActor application;

    private FetchHarness(Vertx vertx, FetchLimits limits) {
        this.vertx = vertx;
        this.pool = TestDatabase.fresh().pool(vertx);
        this.config = new NodeConfig("serge.test", 0, null, null, true, "org", "Org", "", false);
        this.accounts = new AccountService(vertx, pool, new AccountRepository(pool), Set.of());
        this.remoteAccounts = new RemoteAccountRepository(pool);
        this.blocks = new DomainBlocks(pool);
        this.wireMock = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        wireMock.start();
        this.signer = new RequestSigner(vertx, accounts, new LocalUris(config), new HostSignatureSchemes(),
                Clock.systemUTC());
        this.http = client(limits, AddressPolicy.development());
        this.fetcher = new RemoteFetcher(http, CODEC);
    }

    public static Future<FetchHarness> start(Vertx vertx, FetchLimits limits) {
        FetchHarness harness = new FetchHarness(vertx, limits);
        return harness.accounts.ensureNodeActor(new NewAccount("serge.test", ActorType.Application, "Serge", "",
                        null, false, true))
                .map(actor -> {
                    harness.application = actor;
                    return harness;
                });
    }

    public GuardedHttpClient client(FetchLimits limits, AddressPolicy policy) {
        return new GuardedHttpClient(vertx, config, blocks, signer, limits, policy, FetchHarness::resolve);
    }

    private static Future<List<InetAddress>> resolve(String host) {
        try {
            if (host.matches("[0-9.]+") || host.contains(":")) {
                return Future.succeededFuture(List.of(InetAddress.getByName(host)));
            }
            return Future.succeededFuture(List.of(InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})));
        } catch (java.net.UnknownHostException e) {
            return Future.failedFuture(e);
        }
    }

    public static HostResolver resolver() {
        return FetchHarness::resolve;
    }

    public LocalActor application() {
        return application;
    }

    /** http://host:port of the WireMock, as a remote server named {@code host}. */
    public String base(String host) {
        return "http://" + host + ":" + wireMock.port();
    }

    public String authority(String host) {
        return host + ":" + wireMock.port();
    }

    public void close() {
        wireMock.stop();
        http.close();
        pool.close();
    }

    /** A shared fixture with its ids moved to {@code base}. */
    public static String fixture(String relative, String originalBase, String base) {
        try {
            String text = Files.readString(Path.of("../../shared/fixtures/activitypub").resolve(relative),
                    StandardCharsets.UTF_8);
            return text.replace(originalBase, base);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A minimal Mastodon-like actor document. */
    public static String actor(String base, String username, String publicKeyPem) {
        String id = base + "/users/" + username;
        return "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",\"https://w3id.org/security/v1\"],"
                + "\"id\":\"" + id + "\",\"type\":\"Person\",\"preferredUsername\":\"" + username + "\","
                + "\"name\":\"" + username + "\",\"summary\":\"<p>hi<script>x()</script></p>\","
                + "\"inbox\":\"" + id + "/inbox\",\"outbox\":\"" + id + "/outbox\","
                + "\"followers\":\"" + id + "/followers\",\"endpoints\":{\"sharedInbox\":\"" + base + "/inbox\"},"
                + "\"publicKey\":{\"id\":\"" + id + "#main-key\",\"owner\":\"" + id + "\",\"publicKeyPem\":"
                + json(publicKeyPem) + "}}";
    }

    public static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    /** What WireMock received, as the signature code sees a request. */
    public static SignableRequest signable(LoggedRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getHeaders().all().forEach(h -> headers.computeIfAbsent(h.key(), k -> new ArrayList<>())
                .addAll(h.values()));
        return SignableRequest.of(request.getMethod().getName(), URI.create(request.getAbsoluteUrl()), headers);
    }
}
