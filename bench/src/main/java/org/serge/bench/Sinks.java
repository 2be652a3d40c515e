package org.serge.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.serge.federation.signature.HttpSignatureVerifier;
import org.serge.federation.signature.ParsedSignature;
import org.serge.federation.signature.RequestOrigin;
import org.serge.federation.signature.SignableRequest;

/**
 * Light inbox servers on loopback ports, one per remote host, on their own Vert.x with one event loop: each answers
 * 202 once it has read the body, remembers which inbox got what, and verifies the HTTP signature of one request in
 * {@code sampleEvery}. A hanging sink reads the request and never answers.
 */
final class Sinks implements AutoCloseable {

    private final Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1));
    private final List<HttpServer> servers = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();
    private final Set<Integer> hanging = ConcurrentHashMap.newKeySet();
    private final Set<String> received = ConcurrentHashMap.newKeySet();
    private final AtomicInteger duplicates = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger verified = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final AtomicLong lastReceipt = new AtomicLong();
    private final HttpSignatureVerifier verifier = new HttpSignatureVerifier(Clock.systemUTC());
    private final PublicKey signerKey;
    private final String signerKeyId;
    private final int sampleEvery;

    Sinks(int count, PublicKey signerKey, String signerKeyId, int sampleEvery) {
        this.signerKey = signerKey;
        this.signerKeyId = signerKeyId;
        this.sampleEvery = sampleEvery;
        List<Future<HttpServer>> listening = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            HttpServer server = vertx.createHttpServer();
            server.requestHandler(this::handle);
            servers.add(server);
            listening.add(server.listen(0, "127.0.0.1"));
        }
        for (Future<HttpServer> server : listening) {
            ports.add(BenchNode.await(server).actualPort());
        }
    }

    /** Their Vert.x (one event loop): its CPU time is the sinks'. */
    Vertx vertx() {
        return vertx;
    }

    List<Integer> ports() {
        return ports;
    }

    /** Makes the sinks of the first {@code count} ports hang from now on. */
    void hang(int count) {
        for (int i = 0; i < count; i++) {
            hanging.add(ports.get(i));
        }
    }

    /** Forgets what was received (between runs). */
    void reset() {
        received.clear();
        duplicates.set(0);
        requests.set(0);
    }

    int received() {
        return received.size();
    }

    int duplicates() {
        return duplicates.get();
    }

    int verified() {
        return verified.get();
    }

    int badSignatures() {
        return badSignatures.get();
    }

    long lastReceiptNanos() {
        return lastReceipt.get();
    }

    private void handle(HttpServerRequest request) {
        int port = request.localAddress().port();
        request.body().onSuccess(body -> {
            if (hanging.contains(port)) {
                return;
            }
            int n = requests.incrementAndGet();
            if (n % sampleEvery == 0) {
                check(request, port, body.getBytes());
            }
            if (received.add(port + request.path())) {
                lastReceipt.set(System.nanoTime());
            } else {
                duplicates.incrementAndGet();
            }
            request.response().setStatusCode(202).end();
        });
    }

    private void check(HttpServerRequest request, int port, byte[] body) {
        Map<String, List<String>> headers = new HashMap<>();
        request.headers().names().forEach(name -> headers.put(name, request.headers().getAll(name)));
        try {
            SignableRequest signable = new SignableRequest("POST", request.uri(), headers, body);
            ParsedSignature signature = verifier.parse(signable, new RequestOrigin("http", "127.0.0.1:" + port));
            if (!signerKeyId.equals(signature.keyId())) {
                throw new IllegalStateException("signed by " + signature.keyId());
            }
            verifier.verify(signature, signerKey);
            verified.incrementAndGet();
        } catch (RuntimeException e) {
            if (badSignatures.incrementAndGet() == 1) {
                System.out.println("  sink: a signature did not verify: " + e);
            }
        }
    }

    @Override
    public void close() {
        BenchNode.await(vertx.close());
    }
}
