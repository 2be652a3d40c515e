package org.serge.web.activitypub;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.serge.federation.inbox.InboxReceiver;
import org.serge.federation.signature.RequestOrigin;
import org.serge.federation.signature.SignableRequest;

/**
 * POST to a member's inbox and to the shared inbox: the body is read up to 1 MB (413 beyond), handed to the
 * receiver as the request that was signed, and answered 202 with no body once the activity is stored.
 */
public final class InboxRoutes {

    private final InboxReceiver receiver;
    private final RequestOrigin nodeOrigin;

    public InboxRoutes(InboxReceiver receiver, RequestOrigin nodeOrigin) {
        this.receiver = receiver;
        this.nodeOrigin = nodeOrigin;
    }

    public void mount(Router router) {
        BodyHandler bodies = BodyHandler.create(false).setBodyLimit(InboxReceiver.MAX_BODY_BYTES);
        router.post("/users/:username/inbox").handler(bodies)
                .handler(ctx -> receive(ctx, Optional.of(ctx.pathParam("username"))));
        router.post("/inbox").handler(bodies).handler(ctx -> receive(ctx, Optional.empty()));
    }

    private void receive(RoutingContext ctx, Optional<String> recipient) {
        SignableRequest request;
        try {
            request = signable(ctx);
        } catch (IllegalArgumentException e) {
            ctx.fail(400, e);
            return;
        }
        receiver.receive(request, nodeOrigin, recipient)
                .onSuccess(receipt -> ctx.response().setStatusCode(202).end())
                .onFailure(ctx::fail);
    }

    private static SignableRequest signable(RoutingContext ctx) {
        MultiMap headers = ctx.request().headers();
        Map<String, List<String>> copy = new HashMap<>();
        for (String name : headers.names()) {
            copy.put(name, headers.getAll(name));
        }
        Buffer body = ctx.body().buffer();
        return new SignableRequest(ctx.request().method().name(), ctx.request().uri(), copy,
                body == null ? null : body.getBytes());
    }
}
