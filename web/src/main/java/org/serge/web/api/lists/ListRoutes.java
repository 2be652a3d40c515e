package org.serge.web.api.lists;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.error.ServiceException;
import org.serge.core.lists.ListService;
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
 * Lists: {@code /api/v1/lists} (list, create), {@code /api/v1/lists/:id} (show, update, delete),
 * {@code /api/v1/lists/:id/accounts} (list paged by Link, add and remove with {@code account_ids[]}),
 * {@code GET /api/v1/timelines/list/:id} and {@code GET /api/v1/accounts/:id/lists}. Another member's list is a
 * 404, as on Mastodon.
 */
public final class ListRoutes {

    private static final String READ = "read:lists";
    private static final String WRITE = "write:lists";
    private static final int ALL_ACCOUNTS = 1_000;

    private final ApiAuth auth;
    private final ListService lists;
    private final RemoteAccountRepository accounts;
    private final StatusViews views;
    private final StatusEntity statusEntity;
    private final ApiEntities entities;
    private final String base;
    private final BodyHandler body;

    public ListRoutes(ApiAuth auth, ListService lists, RemoteAccountRepository accounts, StatusViews views,
                      StatusEntity statusEntity, ApiEntities entities, String base, BodyHandler body) {
        this.auth = auth;
        this.lists = lists;
        this.accounts = accounts;
        this.views = views;
        this.statusEntity = statusEntity;
        this.entities = entities;
        this.base = base;
        this.body = body;
    }

    public void mount(Router router) {
        router.get("/api/v1/lists").handler(auth.user(READ))
                .handler(ctx -> Replies.json(ctx, c -> lists.all(me(c)).map(ListEntity::renderAll)));
        router.post("/api/v1/lists").handler(body).handler(auth.user(WRITE)).handler(ctx -> Replies.json(ctx, c -> {
            RequestParams params = RequestParams.of(c);
            return lists.create(me(c), params.get("title"), params.get("replies_policy"),
                    ApiParams.optionalBool(params, "exclusive")).map(ListEntity::render);
        }));
        router.get("/api/v1/lists/:id").handler(auth.user(READ))
                .handler(ctx -> Replies.json(ctx, c -> lists.get(me(c), ApiParams.pathId(c, "id")).map(ListEntity::render)));
        router.put("/api/v1/lists/:id").handler(body).handler(auth.user(WRITE)).handler(ctx -> Replies.json(ctx, c -> {
            RequestParams params = RequestParams.of(c);
            return lists.update(me(c), ApiParams.pathId(c, "id"), params.get("title"), params.get("replies_policy"),
                    ApiParams.optionalBool(params, "exclusive")).map(ListEntity::render);
        }));
        router.delete("/api/v1/lists/:id").handler(auth.user(WRITE)).handler(ctx -> Replies.json(ctx, c ->
                lists.delete(me(c), ApiParams.pathId(c, "id")).map(new JsonObject())));
        router.get("/api/v1/lists/:id/accounts").handler(auth.user(READ)).handler(ctx -> Replies.json(ctx, this::members));
        router.post("/api/v1/lists/:id/accounts").handler(body).handler(auth.user(WRITE))
                .handler(ctx -> Replies.json(ctx, c -> lists.addAccounts(me(c), ApiParams.pathId(c, "id"),
                        accountIds(RequestParams.of(c))).map(new JsonObject())));
        router.delete("/api/v1/lists/:id/accounts").handler(body).handler(auth.user(WRITE))
                .handler(ctx -> Replies.json(ctx, c -> lists.removeAccounts(me(c), ApiParams.pathId(c, "id"),
                        accountIds(RequestParams.of(c))).map(new JsonObject())));
        router.get("/api/v1/timelines/list/:id").handler(auth.user(READ)).handler(ctx -> Replies.json(ctx, this::timeline));
        router.get("/api/v1/accounts/:id/lists").handler(auth.user(READ)).handler(ctx -> Replies.json(ctx, c -> {
            long id = ApiParams.pathId(c, "id");
            return accounts.findById(id).compose(found -> found.isEmpty()
                    ? Future.failedFuture(ServiceException.notFound("no such account"))
                    : lists.containing(me(c), id).map(ListEntity::renderAll));
        }));
    }

    private Future<JsonArray> members(RoutingContext ctx) {
        RequestParams params = RequestParams.of(ctx);
        // limit=0: every account, without paging (Mastodon's rule)
        boolean all = "0".equals(params.get("limit"));
        Page page = all ? Page.first(ALL_ACCOUNTS) : ApiParams.page(params, 40, 80);
        return lists.accountIds(me(ctx), ApiParams.pathId(ctx, "id"), page)
                .compose(result -> entities.accountsInOrder(result.items()).map(rendered -> {
                    if (!all) {
                        LinkHeader.set(ctx, base, result.newestKey(), result.oldestKey());
                    }
                    return new JsonArray(new ArrayList<>(rendered));
                }));
    }

    private Future<JsonArray> timeline(RoutingContext ctx) {
        Account me = me(ctx);
        return lists.timeline(me, ApiParams.pathId(ctx, "id"), ApiParams.page(RequestParams.of(ctx)))
                .compose(statuses -> {
                    LinkHeader.set(ctx, base, statuses.stream().map(Status::id).toList());
                    return views.load(statuses, me.id());
                })
                .map(loaded -> statusEntity.renderAll(loaded.stream().filter(v -> !v.hiddenIn("home")).toList()));
    }

    private static List<Long> accountIds(RequestParams params) {
        List<Long> ids = new ArrayList<>();
        for (String raw : params.all("account_ids")) {
            Long id = ApiParams.id(raw.strip());
            if (id == null) {
                throw ServiceException.unprocessable("account_ids must be account ids");
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw ServiceException.unprocessable("account_ids can't be empty");
        }
        return ids;
    }

    private static Account me(RoutingContext ctx) {
        return ApiAuth.current(ctx).account();
    }
}
