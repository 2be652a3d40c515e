package org.serge.web;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServerOptions;

/** One HTTP server instance; the node deploys one per core, and Vert.x balances connections among them. */
public final class HttpVerticle extends VerticleBase {

    private final Wiring wiring;
    private final int port;

    public HttpVerticle(Wiring wiring, int port) {
        this.wiring = wiring;
        this.port = port;
    }

    @Override
    public Future<?> start() {
        return vertx.createHttpServer(new HttpServerOptions()
                        .setCompressionSupported(true)
                        // a 202 or a small JSON answer costs more to deflate than it saves
                        .setCompressionContentSizeThreshold(1024)
                        .setMaxHeaderSize(16 * 1024)
                        // any offered subprotocol is echoed: streaming clients send their token as one
                        .setWebSocketSubProtocols(java.util.List.of("*")))
                .requestHandler(wiring.router(vertx))
                .listen(port);
    }
}
