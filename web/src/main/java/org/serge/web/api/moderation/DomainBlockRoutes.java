package org.serge.web.api.moderation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import org.serge.core.account.Account;
import org.serge.core.moderation.AccountDomainBlockRepository;
import org.serge.core.moderation.AccountDomainBlockService;
import org.serge.core.timeline.Page;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.Replies;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * A member's domain blocks: {@code GET /api/v1/domain_blocks} (the domains as strings, paged by Link, 100 by
 * default and at most 200), {@code POST} and {@code DELETE /api/v1/domain_blocks} with {@code domain} (both answer
 * {}). Scopes read:blocks / write:blocks, or follow, as on Mastodon.
 */
public final class DomainBlockRoutes {

    private final ApiAuth auth;
    private final AccountDomainBlockService service;
    private final AccountDomainBlockRepository blocks;
    private final String base;
    private final BodyHandler body;

    public DomainBlockRoutes(ApiAuth auth, AccountDomainBlockService service, AccountDomainBlockRepository blocks,
                             String base, BodyHandler body) {
        this.auth = auth;
        this.service = service;
        this.blocks = blocks;
        this.base = base;
        this.body = body;
    }

    public void mount(Router router) {
        String path = "/api/v1/domain_blocks";
        router.get(path).handler(auth.user("read:blocks", "follow")).handler(ctx -> Replies.json(ctx, this::list));
        router.post(path).handler(body).handler(auth.user("write:blocks", "follow"))
                .handler(ctx -> Replies.json(ctx, c -> change(c, true)));
        router.delete(path).handler(body).handler(auth.user("write:blocks", "follow"))
                .handler(ctx -> Replies.json(ctx, c -> change(c, false)));
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        Page page = ApiParams.page(RequestParams.of(ctx), 100, 200);
        return blocks.page(me.id(), page).map(result -> {
            LinkHeader.set(ctx, base, result.newestKey(), result.oldestKey());
            return new JsonArray(new ArrayList<>(result.items()));
        });
    }

    private Future<JsonObject> change(RoutingContext ctx, boolean block) {
        Account me = ApiAuth.current(ctx).account();
        String domain = RequestParams.of(ctx).get("domain");
        return (block ? service.block(me, domain) : service.unblock(me, domain)).map(v -> new JsonObject());
    }
}
