package org.serge.web.api.tags;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.account.Account;
import org.serge.core.tag.TagService;
import org.serge.core.timeline.Page;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.Replies;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.Authenticated;
import org.serge.web.oauth.RequestParams;

/**
 * Hashtags: {@code GET /api/v1/tags/:name} (anyone; {@code following} for a signed-in viewer),
 * {@code POST /api/v1/tags/:name/follow} and {@code /unfollow} (write:follows, write or follow), and
 * {@code GET /api/v1/followed_tags} (read:follows, read or follow; limit 100 by default, at most 200, paged by the
 * follow's id through Link). The follow is the one Serge's own API lists and makes ({@link TagService}).
 */
public final class TagRoutes {

    private static final String[] WRITE = {"write:follows", "follow"};
    private static final String[] READ = {"read:follows", "follow"};

    private final ApiAuth auth;
    private final TagService tags;
    private final TagEntity entity;
    private final String base;

    public TagRoutes(ApiAuth auth, TagService tags, TagEntity entity, String base) {
        this.auth = auth;
        this.tags = tags;
        this.entity = entity;
        this.base = base;
    }

    public void mount(Router router) {
        router.get("/api/v1/tags/:name").handler(auth.optional())
                .handler(ctx -> Replies.json(ctx, c -> tags.get(viewer(c), c.pathParam("name")).map(entity::render)));
        router.post("/api/v1/tags/:name/follow").handler(auth.user(WRITE))
                .handler(ctx -> Replies.json(ctx, c -> tags.follow(me(c), c.pathParam("name")).map(entity::render)));
        router.post("/api/v1/tags/:name/unfollow").handler(auth.user(WRITE))
                .handler(ctx -> Replies.json(ctx, c -> tags.unfollow(me(c), c.pathParam("name")).map(entity::render)));
        router.get("/api/v1/followed_tags").handler(auth.user(READ)).handler(ctx -> Replies.json(ctx, this::followed));
    }

    private Future<JsonArray> followed(RoutingContext ctx) {
        Page page = ApiParams.page(RequestParams.of(ctx), 100, 200);
        return tags.followed(me(ctx), page).map(result -> {
            LinkHeader.set(ctx, base, result.newestKey(), result.oldestKey());
            return entity.renderAll(result.items());
        });
    }

    private static Account me(RoutingContext ctx) {
        return ApiAuth.current(ctx).account();
    }

    /** The signed-in member behind an optional token, or null (a token for an application alone is anonymous). */
    private static Account viewer(RoutingContext ctx) {
        Authenticated auth = ApiAuth.current(ctx);
        return auth == null ? null : auth.account();
    }
}
