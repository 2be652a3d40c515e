package org.serge.federation.fetch;

import org.serge.federation.signature.HostSignatureSchemes;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.serge.core.config.NodeConfig;
import org.serge.core.moderation.DomainBlocks;
import org.serge.federation.net.AddressPolicy;
import org.serge.federation.net.InvalidUrlException;
import org.serge.federation.net.Origin;
import org.serge.federation.net.Origins;
import org.serge.federation.signature.SignatureScheme;

/**
 * The one way Serge makes outgoing GETs: http(s) URLs without userinfo only, the domain-block list checked first,
 * the host resolved here and every address checked with the {@link AddressPolicy} (rule 6), then a connection to
 * that checked address with Host and SNI still the host name, so a second DNS answer cannot swap it (rebinding).
 * Redirects are followed by hand, each hop checked the same way; bodies are capped; one deadline covers the
 * whole exchange. Signed GETs knock twice: the scheme the host accepted last (draft-cavage for a new host), and
 * on a 401 once more with the other one.
 */
public final class GuardedHttpClient {

    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final Vertx vertx;
    private final HttpClient client;
    private final DomainBlocks blocks;
    private final RequestSigner signer;
    private final FetchLimits limits;
    private final AddressPolicy policy;
    private final HostResolver resolver;
    private final String userAgent;

    /** The policy follows the node's mode: loopback is reachable in development mode only. */
    public GuardedHttpClient(Vertx vertx, NodeConfig config, DomainBlocks blocks, RequestSigner signer,
                             FetchLimits limits) {
        this(vertx, config, blocks, signer, limits,
                config.dev() ? AddressPolicy.development() : AddressPolicy.production(), HostResolver.system(vertx));
    }

    /** @param signer signs GETs as the Application actor; null makes {@code signed} requests fail */
    public GuardedHttpClient(Vertx vertx, NodeConfig config, DomainBlocks blocks, RequestSigner signer,
                             FetchLimits limits, AddressPolicy policy, HostResolver resolver) {
        this.vertx = vertx;
        this.blocks = blocks;
        this.signer = signer;
        this.limits = limits;
        this.policy = policy;
        this.resolver = resolver;
        this.userAgent = "serge/0.1.0 (+" + config.baseUrl() + ")";
        this.client = vertx.createHttpClient(new HttpClientOptions()
                        .setConnectTimeout((int) limits.connectTimeout().toMillis())
                        .setIdleTimeout((int) limits.idleTimeout().toMillis())
                        .setIdleTimeoutUnit(TimeUnit.MILLISECONDS)
                        .setDecompressionSupported(true)
                        .setForceSni(true)
                        .setVerifyHost(true)
                        .setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(8));
    }

    /**
     * GETs the URL and returns the 2xx answer whose Content-Type {@code acceptedType} accepts.
     *
     * @param signed sign as the Application actor (ActivityPub documents); WebFinger is fetched unsigned
     */
    public Future<RawResponse> get(String url, String accept, Predicate<String> acceptedType, boolean signed) {
        if (signed && signer == null) {
            return Future.failedFuture(new IllegalStateException("no request signer configured"));
        }
        Exchange exchange = new Exchange(vertx, limits.deadline());
        hop(exchange, new Request(url, accept, acceptedType, signed), url, 0);
        return exchange.future();
    }

    public Future<Void> close() {
        return client.close();
    }

    private void hop(Exchange exchange, Request request, String url, int redirects) {
        target(url)
                .compose(target -> knock(exchange, request, target)
                        .onSuccess(response -> answer(exchange, request, target, response, redirects)))
                .onFailure(exchange::fail);
    }

    private void answer(Exchange exchange, Request request, Target target, HttpClientResponse response,
                        int redirects) {
        int status = response.statusCode();
        if (REDIRECTS.contains(status)) {
            String location = response.getHeader("Location");
            Exchange.discard(response);
            if (redirects >= limits.maxRedirects()) {
                exchange.fail(new TooManyRedirectsException("more than " + limits.maxRedirects() + " redirects"));
                return;
            }
            Optional<String> next = resolveLocation(target.uri(), location);
            if (next.isEmpty()) {
                exchange.fail(new RefusedAddressException("redirect to an invalid location"));
                return;
            }
            hop(exchange, request, next.get(), redirects + 1);
            return;
        }
        if (status < 200 || status > 299) {
            Exchange.discard(response);
            exchange.fail(new RemoteStatusException(status));
            return;
        }
        String contentType = response.getHeader("Content-Type");
        if (!request.acceptedType().test(contentType)) {
            Exchange.discard(response);
            exchange.fail(new UnacceptableContentTypeException(
                    "unacceptable content type " + (contentType == null ? "(none)" : MediaTypes.essence(contentType))));
            return;
        }
        readBody(response)
                .onSuccess(body -> exchange.complete(
                        new RawResponse(request.url(), target.uri().toString(), status, contentType, body)))
                .onFailure(exchange::fail);
    }

    private Future<HttpClientResponse> knock(Exchange exchange, Request request, Target target) {
        if (!request.signed()) {
            return send(exchange, request, target, Map.of());
        }
        String authority = target.authority();
        SignatureScheme first = signer.schemes().preferred(authority);
        return signedSend(exchange, request, target, first).compose(response -> {
            if (response.statusCode() != 401) {
                signer.schemes().remember(authority, first);
                return Future.succeededFuture(response);
            }
            Exchange.discard(response);
            SignatureScheme second = HostSignatureSchemes.other(first);
            return signedSend(exchange, request, target, second).map(retried -> {
                if (retried.statusCode() != 401) {
                    signer.schemes().remember(authority, second);
                }
                return retried;
            });
        });
    }

    private Future<HttpClientResponse> signedSend(Exchange exchange, Request request, Target target,
                                                  SignatureScheme scheme) {
        Map<String, List<String>> unsigned = Map.of("Accept", List.of(request.accept()));
        return signer.sign(scheme, "GET", target.uri(), unsigned, null)
                .compose(headers -> send(exchange, request, target, headers));
    }

    private Future<HttpClientResponse> send(Exchange exchange, Request request, Target target,
                                            Map<String, List<String>> signedHeaders) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        signedHeaders.forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Host")) { // Vert.x writes Host from the request's host and port
                headers.add(name, values);
            }
        });
        headers.set("Accept", request.accept());
        headers.set("User-Agent", userAgent);
        URI uri = target.uri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setServer(SocketAddress.inetSocketAddress(
                        new InetSocketAddress(target.address(), target.origin().port())))
                .setHost(target.bareHost())
                .setPort(target.origin().port())
                .setSsl(target.origin().scheme().equals("https"))
                .setURI(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery())
                .setHeaders(headers)
                .setFollowRedirects(false)
                .setConnectTimeout(limits.connectTimeout().toMillis())
                .setIdleTimeout(limits.idleTimeout().toMillis());
        return client.request(options)
                .compose(httpRequest -> exchange.track(httpRequest)
                        ? httpRequest.send().map(HttpClientResponse::pause)
                        : Future.failedFuture(new FetchTimeoutException("the exchange is over")))
                .recover(error -> Future.failedFuture(translate(error)));
    }

    private Future<byte[]> readBody(HttpClientResponse response) {
        int max = limits.maxBodyBytes();
        String length = response.getHeader("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.strip()) > max) {
                    Exchange.discard(response);
                    return Future.failedFuture(tooLarge());
                }
            } catch (NumberFormatException ignored) {
                // read and count instead
            }
        }
        Promise<byte[]> promise = Promise.promise();
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (promise.future().isComplete()) {
                return;
            }
            if (body.length() + chunk.length() > max) {
                promise.tryFail(tooLarge());
                Exchange.discard(response);
            } else {
                body.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(error -> promise.tryFail(translate(error)));
        response.endHandler(v -> promise.tryComplete(body.getBytes()));
        response.resume();
        return promise.future();
    }

    private BodyTooLargeException tooLarge() {
        return new BodyTooLargeException("response body over " + limits.maxBodyBytes() + " bytes");
    }

    /** The URL checked and bound to one allowed address, or a failure that made no request. */
    private Future<Target> target(String url) {
        Origin origin;
        URI uri;
        try {
            origin = Origins.parse(url);
            URI parsed = new URI(url);
            String path = parsed.getRawPath() == null || parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
            // rebuilt from the checked origin: no userinfo, no fragment, the host in its normal form
            uri = new URI(origin + path + (parsed.getRawQuery() == null ? "" : "?" + parsed.getRawQuery()));
        } catch (InvalidUrlException e) {
            return Future.failedFuture(new RefusedAddressException("refused URL: " + e.getMessage()));
        } catch (URISyntaxException e) {
            return Future.failedFuture(new RefusedAddressException("refused URL: " + e.getReason()));
        }
        String bareHost = bare(origin.host());
        return blocks.isBlocked(origin.host())
                .compose(blocked -> blocked
                        ? Future.failedFuture(new BlockedDomainException("the domain " + origin.host() + " is blocked"))
                        : addresses(bareHost))
                .map(address -> new Target(uri, origin, bareHost, address));
    }

    private Future<InetAddress> addresses(String host) {
        return resolver.resolve(host)
                .recover(error -> Future.failedFuture(new RefusedAddressException(error instanceof UnknownHostException
                        ? "unknown host " + host : "cannot resolve " + host)))
                .compose(resolved -> {
                    if (resolved.isEmpty()) {
                        return Future.failedFuture(new RefusedAddressException("unknown host " + host));
                    }
                    // one refused answer refuses the host: a mixed answer is how rebinding attacks start
                    for (InetAddress address : resolved) {
                        Optional<String> refusal = policy.refusal(address);
                        if (refusal.isPresent()) {
                            return Future.failedFuture(new RefusedAddressException(
                                    host + " resolves to a refused address: " + refusal.get()));
                        }
                    }
                    return Future.succeededFuture(resolved.get(0));
                });
    }

    private static Optional<String> resolveLocation(URI base, String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(base.resolve(new URI(location.strip())).toString());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String bare(String host) {
        return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    }

    private static Throwable translate(Throwable error) {
        if (error instanceof FetchException) {
            return error;
        }
        if (error instanceof TimeoutException || error instanceof io.netty.channel.ConnectTimeoutException
                || String.valueOf(error.getMessage()).toLowerCase().contains("timeout")
                || String.valueOf(error.getMessage()).toLowerCase().contains("timed out")) {
            return new FetchTimeoutException("the remote server did not answer in time");
        }
        return new FetchConnectionException("cannot reach the remote server");
    }

    private record Request(String url, String accept, Predicate<String> acceptedType, boolean signed) {
    }

    private record Target(URI uri, Origin origin, String bareHost, InetAddress address) {

        /** host[:port] as Host carries it and the double knock remembers it. */
        String authority() {
            return origin.isDefaultPort() ? origin.host() : origin.host() + ":" + origin.port();
        }
    }
}
