package org.serge.federation.delivery;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.serge.core.config.NodeConfig;
import org.serge.federation.net.AddressPolicy;

/**
 * POSTs with the Vert.x HttpClient. The host is resolved first and the connection goes to the first address the
 * {@link AddressPolicy} allows (so a DNS answer can't change between the check and the connect); the Host header
 * and TLS name stay the inbox's host. No redirects are followed: an inbox that redirects has not accepted.
 * The SSRF-safe resolver of the fetch side is meant to replace {@link #resolve} later.
 */
public final class VertxInboxPoster implements InboxPoster {

    /** As long as the JVM's own positive DNS cache keeps an answer by default. */
    static final Duration ADDRESS_MEMORY = Duration.ofSeconds(30);

    private final Vertx vertx;
    private final AddressPolicy policy;
    private final DeliverySettings settings;
    private final String userAgent;
    private final Clock clock;
    private final HttpClient client;
    private final Cache<String, InetAddress> addresses = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(ADDRESS_MEMORY).build();

    public VertxInboxPoster(Vertx vertx, AddressPolicy policy, DeliverySettings settings, String userAgent) {
        this.vertx = vertx;
        this.policy = policy;
        this.settings = settings;
        this.userAgent = userAgent;
        this.clock = Clock.systemUTC();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setIdleTimeout(10)
                        .setKeepAlive(true)
                        .setVerifyHost(true),
                new PoolOptions().setHttp1MaxSize(settings.perHostInFlight()));
    }

    /** Production policy unless the node runs in development mode, where loopback inboxes are allowed. */
    public static VertxInboxPoster forNode(Vertx vertx, NodeConfig config, DeliverySettings settings) {
        return new VertxInboxPoster(vertx, config.dev() ? AddressPolicy.development() : AddressPolicy.production(),
                settings, "Serge/0.1 (+" + config.baseUrl() + ")");
    }

    @Override
    public Future<PostOutcome> post(URI inbox, Map<String, List<String>> headers, byte[] body) {
        String scheme = inbox.getScheme() == null ? "" : inbox.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || inbox.getHost() == null) {
            return Future.failedFuture(new RefusedDestinationException("not an http(s) URL"));
        }
        String host = inbox.getHost().startsWith("[") ? inbox.getHost().substring(1, inbox.getHost().length() - 1)
                : inbox.getHost();
        boolean ssl = scheme.equals("https");
        int port = inbox.getPort() < 0 ? (ssl ? 443 : 80) : inbox.getPort();
        String path = inbox.getRawPath() == null || inbox.getRawPath().isEmpty() ? "/" : inbox.getRawPath();
        String target = inbox.getRawQuery() == null ? path : path + "?" + inbox.getRawQuery();
        return resolve(host).compose(address -> {
            RequestOptions options = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setHost(host)
                    .setPort(port)
                    .setSsl(ssl)
                    .setURI(target)
                    .setServer(SocketAddress.inetSocketAddress(port, address.getHostAddress()))
                    .setConnectTimeout(settings.connectTimeout().toMillis())
                    .setIdleTimeout(settings.requestTimeout().toMillis())
                    .setFollowRedirects(false);
            headers.forEach((name, values) -> values.forEach(value -> options.addHeader(name, value)));
            if (!headers.containsKey("User-Agent")) {
                options.putHeader("User-Agent", userAgent);
            }
            return send(options, body);
        });
    }

    /**
     * The first address of the host that the policy allows, looked up off the event loop and then remembered for
     * {@link #ADDRESS_MEMORY} (a fan-out to one host costs one lookup, not one per delivery).
     */
    Future<InetAddress> resolve(String host) {
        InetAddress known = addresses.getIfPresent(host);
        if (known != null) {
            return Future.succeededFuture(known);
        }
        return lookUp(host).onSuccess(address -> addresses.put(host, address));
    }

    private Future<InetAddress> lookUp(String host) {
        return vertx.executeBlocking(() -> {
            InetAddress[] addresses;
            try {
                addresses = InetAddress.getAllByName(host);
            } catch (UnknownHostException e) {
                throw new RefusedDestinationException("host does not resolve");
            }
            for (InetAddress address : addresses) {
                if (policy.isAllowed(address)) {
                    return address;
                }
            }
            throw new RefusedDestinationException("host resolves only to refused addresses");
        }, false);
    }

    private Future<PostOutcome> send(RequestOptions options, byte[] body) {
        Promise<PostOutcome> promise = Promise.promise();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        long deadline = vertx.setTimer(settings.requestTimeout().toMillis(), t -> {
            promise.tryFail(new TimeoutException("no complete response in time"));
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
        });
        client.request(options)
                .compose(request -> {
                    sent.set(request);
                    return request.send(Buffer.buffer(body));
                })
                .onSuccess(response -> {
                    PostOutcome outcome = new PostOutcome(response.statusCode(),
                            RetryAfter.parse(response.getHeader("Retry-After"), clock));
                    AtomicLong read = new AtomicLong();
                    response.handler(chunk -> {
                        if (read.addAndGet(chunk.length()) > settings.maxResponseBytes()) {
                            response.request().reset();
                            promise.tryComplete(outcome);
                        }
                    });
                    response.exceptionHandler(e -> promise.tryComplete(outcome));
                    response.endHandler(v -> promise.tryComplete(outcome));
                })
                .onFailure(promise::tryFail);
        return promise.future().onComplete(ar -> vertx.cancelTimer(deadline));
    }
}
