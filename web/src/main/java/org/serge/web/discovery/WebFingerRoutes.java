package org.serge.web.discovery;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.account.AccountService;
import org.serge.core.account.ActorType;
import org.serge.core.account.LocalActor;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.web.http.MediaTypes;
import org.serge.web.http.Responses;

/** {@code GET /.well-known/webfinger} (RFC 7033), as Mastodon answers it. */
public final class WebFingerRoutes {

    private final NodeConfig config;
    private final LocalUris uris;
    private final AccountService accounts;

    public WebFingerRoutes(NodeConfig config, LocalUris uris, AccountService accounts) {
        this.config = config;
        this.uris = uris;
        this.accounts = accounts;
    }

    public void mount(Router router) {
        router.get("/.well-known/webfinger").handler(this::webfinger);
    }

    private void webfinger(RoutingContext ctx) {
        Future.succeededFuture(ctx.queryParams().get("resource"))
                .map(resource -> WebFingerResource.parse(resource, config.domain(), config.baseUrl()))
                .compose(target -> target.applicationActor()
                        ? accounts.applicationActor() : accounts.anyLocalActor(target.username()))
                .onSuccess(actor -> {
                    ctx.response().putHeader("Access-Control-Allow-Origin", "*");
                    Responses.json(ctx, 200, MediaTypes.JRD_JSON, jrd(actor));
                })
                .onFailure(ctx::fail);
    }

    private JsonObject jrd(LocalActor actor) {
        String username = actor.account().username();
        boolean application = actor.account().actorType() == ActorType.Application;
        String self = application ? uris.applicationActor() : uris.actor(username);
        String profile = application ? uris.base() + "/about" : uris.profilePage(username);
        return new JsonObject()
                .put("subject", "acct:" + username + "@" + config.domain())
                .put("aliases", new JsonArray().add(profile).add(self))
                .put("links", new JsonArray()
                        .add(link("http://webfinger.net/rel/profile-page", "text/html", profile))
                        .add(link("self", MediaTypes.ACTIVITY_JSON, self))
                        .add(link("http://webfinger.net/rel/avatar", "image/png", uris.defaultAvatar())));
    }

    private static JsonObject link(String rel, String type, String href) {
        return new JsonObject().put("rel", rel).put("type", type).put("href", href);
    }
}
