package org.serge.web.activitypub;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.federation.solidarity.PledgeCollection;
import org.serge.federation.solidarity.PledgeObjects;
import org.serge.web.http.Negotiation;
import org.serge.web.http.Responses;

/**
 * {@code GET QUESTION/pledges}: a local call's pledge collection (see PledgeCollection for what it reveals), and
 * {@code GET /users/NAME/pledges/ID}: a member's signed pledge at its id, for ActivityPub clients only (see
 * PledgeObjects for who may fetch it). Pledges have no page for people: a browser gets a 404.
 */
public final class PledgeRoutes {

    private final PledgeCollection pledges;
    private final PledgeObjects objects;
    private final LocalUris uris;
    private final SignedFetch signedFetch;

    public PledgeRoutes(PledgeCollection pledges, PledgeObjects objects, LocalUris uris, SignedFetch signedFetch) {
        this.pledges = pledges;
        this.objects = objects;
        this.uris = uris;
        this.signedFetch = signedFetch;
    }

    public void mount(Router router) {
        router.get("/users/:username/statuses/:id/pledges").handler(this::collection);
        router.get("/users/:username/pledges/:id").handler(signedFetch).handler(this::pledge);
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

    private void pledge(RoutingContext ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            ctx.fail(ServiceException.notFound("no such pledge"));
            return;
        }
        if (!Negotiation.wantsJson(ctx)) {
            ctx.fail(ServiceException.notFound("no such pledge"));
            return;
        }
        objects.pledge(ctx.pathParam("username"), id, SignedFetch.signer(ctx))
                .onSuccess(doc -> Responses.activity(ctx, doc))
                .onFailure(ctx::fail);
    }
}
