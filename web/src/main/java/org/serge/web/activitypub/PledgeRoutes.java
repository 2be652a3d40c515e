package org.serge.web.activitypub;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.federation.solidarity.PledgeCollection;
import org.serge.web.http.Responses;

/** {@code GET QUESTION/pledges}: a local call's pledge collection (see PledgeCollection for what it reveals). */
public final class PledgeRoutes {

    private final PledgeCollection pledges;
    private final LocalUris uris;

    public PledgeRoutes(PledgeCollection pledges, LocalUris uris) {
        this.pledges = pledges;
        this.uris = uris;
    }

    public void mount(Router router) {
        router.get("/users/:username/statuses/:id/pledges").handler(this::collection);
    }

    private void collection(RoutingContext ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            ctx.fail(ServiceException.notFound("no such call"));
            return;
        }
        pledges.collection(uris.status(ctx.pathParam("username"), id))
                .onSuccess(doc -> Responses.activity(ctx, doc))
                .onFailure(ctx::fail);
    }
}
