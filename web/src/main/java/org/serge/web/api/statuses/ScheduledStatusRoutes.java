package org.serge.web.api.statuses;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.status.scheduled.ScheduledStatus;
import org.serge.core.status.scheduled.ScheduledStatusService;
import org.serge.core.timeline.Page;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.Replies;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/** /api/v1/scheduled_statuses: the member's own pending posts; anyone else's is a 404. */
public final class ScheduledStatusRoutes {

    private final ApiAuth auth;
    private final ScheduledStatusService scheduled;
    private final ScheduledStatusEntity entity;
    private final String base;
    private final BodyHandler body;

    public ScheduledStatusRoutes(ApiAuth auth, ScheduledStatusService scheduled,
                                 org.serge.core.timeline.MediaAttachmentSource media, String base, BodyHandler body) {
        this.auth = auth;
        this.scheduled = scheduled;
        this.entity = new ScheduledStatusEntity(media);
        this.base = base;
        this.body = body;
    }

    public void mount(Router router) {
        String one = "/api/v1/scheduled_statuses/:id";
        router.get("/api/v1/scheduled_statuses").handler(auth.user("read:statuses"))
                .handler(ctx -> Replies.json(ctx, this::list));
        router.get(one).handler(auth.user("read:statuses")).handler(ctx -> Replies.json(ctx, this::show));
        router.put(one).handler(body).handler(auth.user("write:statuses"))
                .handler(ctx -> Replies.json(ctx, this::reschedule));
        router.delete(one).handler(auth.user("write:statuses")).handler(ctx -> Replies.json(ctx, this::cancel));
    }

    /** Renders a scheduled status (for POST /api/v1/statuses with scheduled_at). */
    Future<JsonObject> render(ScheduledStatus status) {
        return entity.render(status);
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        Page page = ApiParams.page(RequestParams.of(ctx), Page.DEFAULT_LIMIT, Page.MAX_LIMIT);
        return scheduled.page(me, page).compose(found -> {
            LinkHeader.set(ctx, base, found.stream().map(ScheduledStatus::id).toList());
            List<Future<JsonObject>> rendered = new ArrayList<>();
            found.forEach(one -> rendered.add(entity.render(one)));
            return Future.all(rendered).map(all -> {
                JsonArray array = new JsonArray();
                rendered.forEach(f -> array.add(f.result()));
                return array;
            });
        });
    }

    private Future<JsonObject> show(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        return scheduled.find(me, ApiParams.pathId(ctx, "id")).compose(entity::render);
    }

    private Future<JsonObject> reschedule(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        long id = ApiParams.pathId(ctx, "id");
        return scheduled.reschedule(me, id, ScheduledAt.parse(RequestParams.of(ctx).get("scheduled_at")))
                .compose(entity::render);
    }

    private Future<JsonObject> cancel(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        return scheduled.cancel(me, ApiParams.pathId(ctx, "id")).map(v -> new JsonObject());
    }
}
