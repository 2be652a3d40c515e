package org.serge.web.activitypub;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.error.ServiceException;
import org.serge.federation.serving.PublishedObjects;
import org.serge.web.http.Negotiation;
import org.serge.web.http.Responses;
import org.serge.web.pages.StatusPage;

/** Local statuses at their ids, the activities that published them, outboxes and featured (pinned) statuses. */
public final class StatusRoutes {

    private final PublishedObjects published;
    private final StatusPage page;
    private final SignedFetch signedFetch;

    public StatusRoutes(PublishedObjects published, StatusPage page, SignedFetch signedFetch) {
        this.published = published;
        this.page = page;
        this.signedFetch = signedFetch;
    }

    public void mount(Router router) {
        router.get("/users/:username/statuses/:id").handler(signedFetch).handler(this::status);
        router.get("/users/:username/statuses/:id/activity").handler(signedFetch).handler(this::activity);
        router.get("/@:username/:id").handler(signedFetch).handler(this::status);
        router.get("/users/:username/outbox").handler(signedFetch).handler(this::outbox);
        router.get("/users/:username/collections/featured").handler(signedFetch).handler(ctx ->
                published.featured(ctx.pathParam("username")).onSuccess(doc -> Responses.activity(ctx, doc))
                        .onFailure(ctx::fail));
    }

    private void status(RoutingContext ctx) {
        long id = statusId(ctx);
        String username = ctx.pathParam("username");
        if (Negotiation.wantsJson(ctx)) {
            published.status(username, id, SignedFetch.signer(ctx))
                    .onSuccess(doc -> Responses.activity(ctx, doc))
                    .onFailure(ctx::fail);
        } else {
            // browsers never sign: they see public and unlisted statuses only
            published.visibleStatus(username, id, null)
                    .onSuccess(status -> Responses.html(ctx, 200, page.render(username, status)))
                    .onFailure(ctx::fail);
        }
    }

    private void activity(RoutingContext ctx) {
        published.statusActivity(ctx.pathParam("username"), statusId(ctx), SignedFetch.signer(ctx))
                .onSuccess(doc -> Responses.activity(ctx, doc))
                .onFailure(ctx::fail);
    }

    private void outbox(RoutingContext ctx) {
        String username = ctx.pathParam("username");
        if (ctx.queryParams().contains("page")) {
            Long maxId;
            try {
                String raw = ctx.queryParams().get("max_id");
                maxId = raw == null ? null : Long.parseLong(raw);
            } catch (NumberFormatException e) {
                ctx.fail(ServiceException.badRequest("max_id must be a status id"));
                return;
            }
            published.outboxPage(username, maxId).onSuccess(doc -> Responses.activity(ctx, doc)).onFailure(ctx::fail);
        } else {
            published.outbox(username).onSuccess(doc -> Responses.activity(ctx, doc)).onFailure(ctx::fail);
        }
    }

    private static long statusId(RoutingContext ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("no such status");
        }
    }
}
