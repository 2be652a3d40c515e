package org.serge.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A closed-loop load generator: {@code concurrency} clients on keep-alive connections, each sending its next
 * pre-signed request as soon as the previous one is answered, for a given time. Runs on one event loop of its own
 * Vert.x, so its bookkeeping needs no locks.
 */
final class ClosedLoop {

    /** What one level of concurrency gave. */
    record Result(int concurrency, int accepted, int failed, String firstFailure, double seconds,
                  double p50Millis, double p99Millis, String load) {

        double acceptedPerSecond() {
            return accepted / seconds;
        }
    }

    private final Vertx vertx;
    private final int port;
    private final List<PresignedRequest> requests;
    private int next;

    ClosedLoop(Vertx vertx, int port, List<PresignedRequest> requests) {
        this.vertx = vertx;
        this.port = port;
        this.requests = requests;
    }

    int remaining() {
        return requests.size() - next;
    }

    /** Runs until {@code seconds} have passed or the requests are used up; returns once every answer is in. */
    Result run(int concurrency, double seconds) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                .setDefaultHost("localhost").setDefaultPort(port), new PoolOptions().setHttp1MaxSize(concurrency));
        Context context = vertx.getOrCreateContext();
        CompletableFuture<Result> done = new CompletableFuture<>();
        context.runOnContext(v -> new Run(client, concurrency, seconds, done).start());
        Result result = done.join();
        BenchNode.await(client.close());
        return result;
    }

    private final class Run {
        private final HttpClient client;
        private final int concurrency;
        private final long deadline;
        private final CompletableFuture<Result> done;
        private final Latencies latencies = new Latencies();
        private final long started = System.nanoTime();
        private long lastAnswer = started;
        private int active;
        private int accepted;
        private int failed;
        private String firstFailure;

        Run(HttpClient client, int concurrency, double seconds, CompletableFuture<Result> done) {
            this.client = client;
            this.concurrency = concurrency;
            this.deadline = started + (long) (seconds * 1e9);
            this.done = done;
        }

        void start() {
            active = concurrency;
            for (int i = 0; i < concurrency; i++) {
                sendNext();
            }
        }

        private void sendNext() {
            if (System.nanoTime() >= deadline || next >= requests.size()) {
                if (--active == 0) {
                    double elapsed = (lastAnswer - started) / 1e9;
                    done.complete(new Result(concurrency, accepted, failed, firstFailure, elapsed,
                            latencies.percentileMillis(50), latencies.percentileMillis(99), Machine.load()));
                }
                return;
            }
            PresignedRequest request = requests.get(next++);
            long sent = System.nanoTime();
            client.request(new RequestOptions().setMethod(HttpMethod.POST).setURI(request.path())
                            .setHeaders(request.headers()))
                    .compose(http -> http.send(request.body()))
                    .compose(response -> response.body().map(body -> response.statusCode() == 202 ? null
                            : "HTTP " + response.statusCode() + " " + body))
                    .recover(e -> Future.succeededFuture(e.toString()))
                    .onComplete(ar -> {
                        long now = System.nanoTime();
                        lastAnswer = now;
                        latencies.add(now - sent);
                        if (ar.result() == null) {
                            accepted++;
                        } else {
                            failed++;
                            if (firstFailure == null) {
                                firstFailure = ar.result();
                            }
                        }
                        sendNext();
                    });
        }
    }
}
