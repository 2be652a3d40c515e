package org.serge.web.api;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;
import org.serge.core.error.ServiceException;
import org.serge.web.http.MediaTypes;

/** Runs a handler's future and answers with its JSON (object or array); failures go to the failure handler. */
public final class Replies {

    private Replies() {
    }

    /** Runs {@code work} (which may also throw a ServiceException while parsing) and answers 200 with its JSON. */
    public static void json(RoutingContext ctx, Function<RoutingContext, Future<?>> work) {
        Future<?> result;
        try {
            result = work.apply(ctx);
        } catch (ServiceException e) {
            ctx.fail(e);
            return;
        }
        result.onSuccess(body -> ctx.response()
                        .setStatusCode(200)
                        .putHeader(HttpHeaders.CONTENT_TYPE, MediaTypes.JSON)
                        .end(body instanceof io.vertx.core.json.JsonObject o ? o.encode()
                                : ((io.vertx.core.json.JsonArray) body).encode()))
                .onFailure(ctx::fail);
    }
}
