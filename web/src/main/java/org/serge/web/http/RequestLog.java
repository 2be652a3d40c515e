package org.serge.web.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One log line per request: method, path, status, milliseconds. Never the client's address, never the query
 * string (it can carry tokens), never a header.
 */
public final class RequestLog implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger("serge.http");

    @Override
    public void handle(RoutingContext ctx) {
        if (!LOG.isInfoEnabled()) {
            ctx.next();
            return;
        }
        long started = System.nanoTime();
        String method = ctx.request().method().name();
        String path = ctx.request().path();
        ctx.addEndHandler(done -> LOG.info("{} {} {} {}ms", method, path, ctx.response().getStatusCode(),
                (System.nanoTime() - started) / 1_000_000));
        ctx.next();
    }
}
