package org.serge.web.api.bookmarks;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.BiFunction;
import org.serge.core.account.Account;
import org.serge.core.bookmark.BookmarkService;
import org.serge.core.listing.MemberListsRepository;
import org.serge.core.status.Status;
import org.serge.core.timeline.Page;
import org.serge.core.timeline.StatusViews;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.Replies;
import org.serge.web.api.entity.StatusEntity;
import org.serge.web.api.misc.ApiEntities;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * {@code POST /api/v1/statuses/:id/bookmark} and {@code /unbookmark} (answering the Status) and
 * {@code GET /api/v1/bookmarks} (Status[], paged by the bookmarks' ids, which clients learn from the Link header).
 */
public final class BookmarkRoutes {

    private final ApiAuth auth;
    private final BookmarkService bookmarks;
    private final MemberListsRepository lists;
    private final StatusViews views;
    private final StatusEntity entity;
    private final ApiEntities entities;
    private final String base;

    public BookmarkRoutes(ApiAuth auth, BookmarkService bookmarks, MemberListsRepository lists, StatusViews views,
                          StatusEntity entity, ApiEntities entities, String base) {
        this.auth = auth;
        this.bookmarks = bookmarks;
        this.lists = lists;
        this.views = views;
        this.entity = entity;
        this.entities = entities;
        this.base = base;
    }

    public void mount(Router router) {
        router.post("/api/v1/statuses/:id/bookmark").handler(auth.user("write:bookmarks"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, bookmarks::bookmark)));
        router.post("/api/v1/statuses/:id/unbookmark").handler(auth.user("write:bookmarks"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, bookmarks::unbookmark)));
        router.get("/api/v1/bookmarks").handler(auth.user("read:bookmarks"))
                .handler(ctx -> Replies.json(ctx, this::list));
    }

    private Future<JsonObject> act(RoutingContext ctx, BiFunction<Account, Long, Future<Status>> action) {
        Account me = ApiAuth.current(ctx).account();
        long id = ApiParams.pathId(ctx, "id");
        return action.apply(me, id).compose(status -> views.loadOne(status, me.id())).map(entity::render);
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        Page request = ApiParams.page(RequestParams.of(ctx), 20, 40);
        return lists.bookmarkedStatusIds(me.id(), request)
                .compose(page -> entities.statuses(page.items(), me, true).map(rendered -> {
                    JsonArray result = new JsonArray();
                    page.items().forEach(id -> {
                        if (rendered.containsKey(id)) {
                            result.add(rendered.get(id));
                        }
                    });
                    LinkHeader.set(ctx, base, page.newestKey(), page.oldestKey());
                    return result;
                }));
    }
}
