package org.serge.federation.delivery;

import io.vertx.core.Future;

/**
 * Mastodon's unavailable domains: a host whose deliveries have failed for days with no success is marked
 * unavailable, nothing is queued for it any more, and it is revived by a successful delivery or by a signed
 * request from it ({@link #revive}). The per-host circuit breaker is separate and short-lived.
 */
public interface HostAvailability {

    /** Always available; records nothing (tests, tools). */
    HostAvailability NONE = new HostAvailability() {
        @Override
        public Future<Void> succeeded(String host) {
            return Future.succeededFuture();
        }

        @Override
        public Future<Boolean> failed(String host) {
            return Future.succeededFuture(false);
        }

        @Override
        public Future<Void> revive(String host) {
            return Future.succeededFuture();
        }
    };

    /** A delivery to the host succeeded (or was refused for good, which is an answer too). */
    Future<Void> succeeded(String host);

    /** A delivery to the host failed and will be retried; true when the host is, now, unavailable. */
    Future<Boolean> failed(String host);

    /** The host sent us a request whose signature verified: it is alive. Cheap when it was not unavailable. */
    Future<Void> revive(String host);
}
