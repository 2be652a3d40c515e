package org.serge.web.solidarity;

import io.vertx.core.Future;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a stored change to federation and then answers with the change: federation only queues work, so a
 * failure there is logged and never turns a stored change into an error for the client.
 */
final class Announce {

    private static final Logger LOG = LoggerFactory.getLogger(Announce.class);

    private Announce() {
    }

    static <T> Future<T> then(T value, String what, Supplier<Future<Void>> send) {
        Future<Void> sent;
        try {
            sent = send.get();
        } catch (RuntimeException e) {
            sent = Future.failedFuture(e);
        }
        return sent.recover(e -> {
            LOG.warn("federating {} failed", what, e);
            return Future.succeededFuture();
        }).map(value);
    }
}
