package org.serge.web.activitypub;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.account.AccountService;
import org.serge.core.config.LocalUris;
import org.serge.federation.actor.ActorDocuments;
import org.serge.federation.actor.OrderedCollections;
import org.serge.web.http.Negotiation;
import org.serge.web.http.Responses;
import org.serge.web.pages.ProfilePage;

/** Local actors and their collections, as JSON-LD for servers and HTML for people. */
public final class ActorRoutes {

    private final LocalUris uris;
    private final AccountService accounts;
    private final ActorDocuments documents;
    private final ProfilePage profilePage;

    public ActorRoutes(LocalUris uris, AccountService accounts, ActorDocuments documents, ProfilePage profilePage) {
        this.uris = uris;
        this.accounts = accounts;
        this.documents = documents;
        this.profilePage = profilePage;
    }

    public void mount(Router router) {
        router.get("/users/:username").handler(this::actor);
        router.get("/@:username").handler(this::actor);
        router.get("/users/:username/outbox").handler(ctx -> emptyCollection(ctx, uris::outbox));
        router.get("/users/:username/followers").handler(ctx -> emptyCollection(ctx, uris::followers));
        router.get("/users/:username/following").handler(ctx -> emptyCollection(ctx, uris::following));
        router.get("/users/:username/collections/featured").handler(ctx -> emptyCollection(ctx, uris::featured));
        router.get("/actor").handler(this::applicationActor);
        router.get("/actor/outbox").handler(ctx -> Responses.activity(ctx,
                OrderedCollections.emptyOrdered(uris.applicationActor() + "/outbox")));
    }

    private void actor(RoutingContext ctx) {
        accounts.localActor(ctx.pathParam("username"))
                .onSuccess(actor -> {
                    if (Negotiation.wantsJson(ctx)) {
                        Responses.activity(ctx, documents.actor(actor));
                    } else {
                        Responses.html(ctx, 200, profilePage.render(actor.account()));
                    }
                })
                .onFailure(ctx::fail);
    }

    private void applicationActor(RoutingContext ctx) {
        accounts.applicationActor()
                .onSuccess(actor -> Responses.activity(ctx, documents.actor(actor)))
                .onFailure(ctx::fail);
    }

    private void emptyCollection(RoutingContext ctx, java.util.function.UnaryOperator<String> idOf) {
        accounts.localActor(ctx.pathParam("username"))
                .onSuccess(actor -> Responses.activity(ctx,
                        OrderedCollections.emptyOrdered(idOf.apply(actor.account().username()))))
                .onFailure(ctx::fail);
    }
}
