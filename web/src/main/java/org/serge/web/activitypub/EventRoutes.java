package org.serge.web.activitypub;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.federation.solidarity.SolidarityFederator;
import org.serge.web.http.Negotiation;
import org.serge.web.http.Responses;

/**
 * {@code GET QUESTION/events/ASK}: the signed Event of a local call's action (see ActionEvents). ActivityPub
 * clients get the Event; browsers are sent to the call's page, where one pledges.
 */
public final class EventRoutes {

    private final SolidarityFederator solidarity;
    private final LocalUris uris;
    private final SignedFetch signedFetch;

    public EventRoutes(SolidarityFederator solidarity, LocalUris uris, SignedFetch signedFetch) {
        this.solidarity = solidarity;
        this.uris = uris;
        this.signedFetch = signedFetch;
    }

    public void mount(Router router) {
        router.get("/users/:username/statuses/:id/events/:ask").handler(signedFetch).handler(this::event);
    }

    private void event(RoutingContext ctx) {
        long id;
        int ask;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
            ask = Integer.parseInt(ctx.pathParam("ask"));
        } catch (NumberFormatException e) {
            ctx.fail(ServiceException.notFound("no such event"));
            return;
        }
        String username = ctx.pathParam("username");
        if (!Negotiation.wantsJson(ctx)) {
            ctx.response().setStatusCode(303).putHeader("Location", uris.statusUrl(username, id)).end();
            return;
        }
        solidarity.event(uris.status(username, id), ask)
                .onSuccess(doc -> Responses.activity(ctx, doc))
                .onFailure(ctx::fail);
    }
}
