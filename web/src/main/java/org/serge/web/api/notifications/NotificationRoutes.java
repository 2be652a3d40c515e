package org.serge.web.api.notifications;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.notification.Notification;
import org.serge.core.notification.NotificationQuery;
import org.serge.core.notification.NotificationService;
import org.serge.core.error.ServiceException;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.misc.ApiEntities;
import org.serge.web.api.misc.JsonAnswers;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * A member's notifications: list (types[], exclude_types[], account_id, paging with a Link header), one by id,
 * dismiss one, clear all, and the unread count (Mastodon 4.3: newer than the notifications marker, at most
 * {@code limit}, 100 by default, 1000 at most). Notifications whose status can no longer be shown are left out.
 */
public final class NotificationRoutes {

    private static final String READ = "read:notifications";
    private static final String WRITE = "write:notifications";

    private final ApiAuth auth;
    private final NotificationService notifications;
    private final NotificationEntities renderer;
    private final String base;
    private final BodyHandler body;

    public NotificationRoutes(ApiAuth auth, NotificationService notifications, ApiEntities entities, String base,
                              BodyHandler body) {
        this.auth = auth;
        this.notifications = notifications;
        this.renderer = new NotificationEntities(entities);
        this.base = base;
        this.body = body;
    }

    public void mount(Router router) {
        router.get("/api/v1/notifications").handler(auth.user(READ)).handler(this::list);
        router.post("/api/v1/notifications/clear").handler(body).handler(auth.user(WRITE)).handler(ctx ->
                notifications.clear(ApiAuth.current(ctx).account())
                        .onSuccess(v -> JsonAnswers.object(ctx, new JsonObject()))
                        .onFailure(ctx::fail));
        // the form before Mastodon 3.x: POST /api/v1/notifications/dismiss with id
        router.post("/api/v1/notifications/dismiss").handler(body).handler(auth.user(WRITE)).handler(ctx -> {
            Long id = ApiParams.id(RequestParams.of(ctx).get("id"));
            if (id == null) {
                throw ServiceException.notFound("Record not found");
            }
            dismiss(ctx, id);
        });
        router.post("/api/v1/notifications/:id/dismiss").handler(body).handler(auth.user(WRITE))
                .handler(ctx -> dismiss(ctx, ApiParams.pathId(ctx, "id")));
        router.get("/api/v1/notifications/unread_count").handler(auth.user(READ)).handler(this::unreadCount);
        router.get("/api/v1/notifications/:id").handler(auth.user(READ)).handler(this::one);
    }

    private void list(RoutingContext ctx) {
        Account member = ApiAuth.current(ctx).account();
        RequestParams params = RequestParams.of(ctx);
        NotificationQuery query = new NotificationQuery(new LinkedHashSet<>(params.all("types")),
                new HashSet<>(params.all("exclude_types")), ApiParams.optionalId(params, "account_id"),
                ApiParams.page(params, 40, 80));
        notifications.list(member, query)
                .compose(page -> render(page.items(), member).onSuccess(rendered -> {
                    LinkHeader.set(ctx, base, page.newestKey(), page.oldestKey());
                    JsonAnswers.array(ctx, new JsonArray(new ArrayList<>(rendered)));
                }))
                .onFailure(ctx::fail);
    }

    private void unreadCount(RoutingContext ctx) {
        RequestParams params = RequestParams.of(ctx);
        int limit = ApiParams.page(params, 100, 1000).limit();
        notifications.unreadCount(ApiAuth.current(ctx).account(), new LinkedHashSet<>(params.all("types")),
                        new HashSet<>(params.all("exclude_types")), limit)
                .onSuccess(count -> JsonAnswers.object(ctx, new JsonObject().put("count", count)))
                .onFailure(ctx::fail);
    }

    private void one(RoutingContext ctx) {
        Account member = ApiAuth.current(ctx).account();
        long id = ApiParams.pathId(ctx, "id");
        notifications.get(member, id)
                .compose(found -> render(List.of(found), member))
                .onSuccess(rendered -> {
                    if (rendered.isEmpty()) {
                        ctx.fail(ServiceException.notFound("Record not found"));
                    } else {
                        JsonAnswers.object(ctx, rendered.get(0));
                    }
                })
                .onFailure(ctx::fail);
    }

    private void dismiss(RoutingContext ctx, long id) {
        notifications.dismiss(ApiAuth.current(ctx).account(), id)
                .onSuccess(v -> JsonAnswers.object(ctx, new JsonObject()))
                .onFailure(ctx::fail);
    }

    private Future<List<JsonObject>> render(List<Notification> found, Account member) {
        return renderer.render(found, member);
    }
}
