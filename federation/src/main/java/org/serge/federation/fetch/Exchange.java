package org.serge.federation.fetch;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import java.time.Duration;

/**
 * One GET with its redirects and retries, under a single deadline: when the deadline passes the request in flight
 * is reset, so a peer that trickles bytes cannot hold a connection open (CVE-2023-36461).
 */
final class Exchange {

    private final Vertx vertx;
    private final Promise<RawResponse> promise = Promise.promise();
    private final long timer;
    private HttpClientRequest current;

    Exchange(Vertx vertx, Duration deadline) {
        this.vertx = vertx;
        this.timer = vertx.setTimer(Math.max(1, deadline.toMillis()), id -> fail(
                new FetchTimeoutException("the remote server did not answer within " + deadline.toSeconds() + " s")));
    }

    Future<RawResponse> future() {
        return promise.future();
    }

    /** Makes the request the one to reset on failure; false (and the request reset) when the exchange is over. */
    synchronized boolean track(HttpClientRequest request) {
        if (promise.future().isComplete()) {
            request.reset();
            return false;
        }
        current = request;
        return true;
    }

    void fail(Throwable error) {
        if (promise.tryFail(error)) {
            vertx.cancelTimer(timer);
            HttpClientRequest request;
            synchronized (this) {
                request = current;
            }
            if (request != null) {
                request.reset();
            }
        }
    }

    void complete(RawResponse response) {
        if (promise.tryComplete(response)) {
            vertx.cancelTimer(timer);
        }
    }

    /** Drops a response that will not be read: its connection is closed rather than drained. */
    static void discard(HttpClientResponse response) {
        response.request().reset();
    }
}
