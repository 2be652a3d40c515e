package org.serge.web.activitypub;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.account.AccountService;
import org.serge.core.config.LocalUris;
import org.serge.core.follow.FollowService;
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
    private final FollowService follows;
    private final SignedFetch signedFetch;

    public ActorRoutes(LocalUris uris, AccountService accounts, ActorDocuments documents, ProfilePage profilePage,
                       FollowService follows, SignedFetch signedFetch) {
        this.uris = uris;
        this.accounts = accounts;
        this.documents = documents;
        this.profilePage = profilePage;
        this.follows = follows;
        this.signedFetch = signedFetch;
    }

    public void mount(Router router) {
        router.get("/users/:username").handler(signedFetch).handler(this::actor);
        router.get("/@:username").handler(signedFetch).handler(this::actor);
        router.get("/users/:username/followers").handler(signedFetch).handler(ctx -> countOnly(ctx, true));
        router.get("/users/:username/following").handler(signedFetch).handler(ctx -> countOnly(ctx, false));
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

    /** Follower and following lists show their size only: a union's member list is never published. */
    private void countOnly(RoutingContext ctx, boolean followers) {
        accounts.localActor(ctx.pathParam("username"))
                .compose(actor -> (followers ? follows.followersCount(actor.account().id())
                        : follows.followingCount(actor.account().id()))
                        .map(count -> OrderedCollections.countOnly(followers
                                ? uris.followers(actor.account().username())
                                : uris.following(actor.account().username()), count)))
                .onSuccess(doc -> Responses.activity(ctx, doc))
                .onFailure(ctx::fail);
    }
}
