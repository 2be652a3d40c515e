package org.serge.web.oauth;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.error.ServiceException;
import org.serge.web.ops.Admins;

/** After {@link ApiAuth#user}: lets only the node's administrators through (403 for other members). */
public final class AdminOnly implements Handler<RoutingContext> {

    static final String NOT_ADMIN = "This action requires an administrator";

    private final Admins admins;

    public AdminOnly(Admins admins) {
        this.admins = admins;
    }

    @Override
    public void handle(RoutingContext ctx) {
        admins.isAdmin(ApiAuth.current(ctx).account().id()).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
            } else if (!result.result()) {
                ctx.fail(ServiceException.forbidden(NOT_ADMIN));
            } else {
                ctx.next();
            }
        });
    }
}
