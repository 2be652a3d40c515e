package org.serge.web.api.statuses;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.account.AccountViews;
import org.serge.core.status.IdempotentPosting;
import org.serge.core.status.PostRequest;
import org.serge.core.status.scheduled.ScheduledStatusService;
import org.serge.core.timeline.MediaAttachmentSource;
import org.serge.core.status.Status;
import org.serge.core.status.StatusService;
import org.serge.core.status.Visibility;
import org.serge.core.timeline.AccountPageEntry;
import org.serge.core.timeline.Page;
import org.serge.core.timeline.StatusViews;
import org.serge.core.timeline.TimelineRepository;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.Replies;
import org.serge.web.api.entity.AccountEntity;
import org.serge.web.api.entity.StatusEntity;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.Authenticated;
import org.serge.web.oauth.RequestParams;

/**
 * /api/v1/statuses: post (with Idempotency-Key), read, edit, delete, thread context, favourite, boost and who did
 * so. Reading works without a token for what is public; another member's private status is a 404.
 */
public final class StatusApiRoutes {

    private final ApiAuth auth;
    private final StatusService statuses;
    private final IdempotentPosting posting;
    private final TimelineRepository timelines;
    private final StatusViews views;
    private final AccountViews accountViews;
    private final StatusEntity entity;
    private final AccountEntity accountEntity;
    private final String base;
    private final BodyHandler body;
    private final ScheduledStatusService scheduled;
    private final ScheduledStatusRoutes scheduledRoutes;

    public StatusApiRoutes(ApiAuth auth, StatusService statuses, IdempotentPosting posting,
                           TimelineRepository timelines, StatusViews views, AccountViews accountViews,
                           StatusEntity entity, AccountEntity accountEntity, String base, BodyHandler body,
                           ScheduledStatusService scheduled, MediaAttachmentSource media) {
        this.scheduled = scheduled;
        this.scheduledRoutes = new ScheduledStatusRoutes(auth, scheduled, media, base, body);
        this.auth = auth;
        this.statuses = statuses;
        this.posting = posting;
        this.timelines = timelines;
        this.views = views;
        this.accountViews = accountViews;
        this.entity = entity;
        this.accountEntity = accountEntity;
        this.base = base;
        this.body = body;
    }

    public void mount(Router router) {
        scheduledRoutes.mount(router);
        String one = "/api/v1/statuses/:id";
        router.post("/api/v1/statuses").handler(body).handler(auth.user("write:statuses"))
                .handler(ctx -> Replies.json(ctx, this::post));
        router.get(one).handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::show));
        router.put(one).handler(body).handler(auth.user("write:statuses")).handler(ctx -> Replies.json(ctx, this::edit));
        router.delete(one).handler(auth.user("write:statuses")).handler(ctx -> Replies.json(ctx, this::delete));
        router.get(one + "/context").handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::context));
        router.get(one + "/source").handler(auth.user("read:statuses")).handler(ctx -> Replies.json(ctx, this::source));
        router.post(one + "/favourite").handler(auth.user("write:favourites"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, (me, id) -> statuses.favourite(me, id).map(id))));
        router.post(one + "/unfavourite").handler(auth.user("write:favourites"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, (me, id) -> statuses.unfavourite(me, id).map(id))));
        router.post(one + "/reblog").handler(auth.user("write:statuses"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, (me, id) -> statuses.reblog(me, id).map(Status::id))));
        router.post(one + "/unreblog").handler(auth.user("write:statuses"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, (me, id) -> statuses.unreblog(me, id).map(id))));
        router.get(one + "/favourited_by").handler(auth.optional())
                .handler(ctx -> Replies.json(ctx, c -> who(c, false)));
        router.get(one + "/reblogged_by").handler(auth.optional())
                .handler(ctx -> Replies.json(ctx, c -> who(c, true)));
    }

    /** A post, or with scheduled_at a ScheduledStatus that the scheduled-status worker publishes later. */
    private Future<JsonObject> post(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        RequestParams params = RequestParams.of(ctx);
        java.time.OffsetDateTime at = ScheduledAt.parse(params.get("scheduled_at"));
        PostRequest request = PostParams.parse(ctx, params, Visibility.PUBLIC);
        if (at != null) {
            return scheduled.schedule(me, ctx.request().getHeader("Idempotency-Key"), request, at)
                    .compose(scheduledRoutes::render);
        }
        return posting.post(me, ctx.request().getHeader("Idempotency-Key"), request)
                .compose(status -> views.loadOne(status, me.id()))
                .map(entity::render);
    }

    private Future<JsonObject> show(RoutingContext ctx) {
        Account viewer = reader(ctx);
        long id = ApiParams.pathId(ctx, "id");
        return statuses.visibleStatus(viewer, id)
                .compose(status -> views.loadOne(status, viewerId(viewer)))
                .map(entity::render);
    }

    private Future<JsonObject> edit(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        long id = ApiParams.pathId(ctx, "id");
        RequestParams params = RequestParams.of(ctx);
        return statuses.edit(me, id, PostParams.parse(ctx, params, Visibility.PUBLIC))
                .compose(status -> views.loadOne(status, me.id()))
                .map(entity::render);
    }

    private Future<JsonObject> delete(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        long id = ApiParams.pathId(ctx, "id");
        return statuses.own(me, id)
                .compose(status -> views.loadOne(status, me.id()))
                .compose(view -> statuses.delete(me, id).map(entity.renderWithSource(view)));
    }

    private Future<JsonObject> context(RoutingContext ctx) {
        Account viewer = reader(ctx);
        long id = ApiParams.pathId(ctx, "id");
        Long viewerId = viewerId(viewer);
        return statuses.visibleStatus(viewer, id)
                .compose(status -> timelines.context(status.id(), viewerId))
                .compose(thread -> views.load(concat(thread.ancestors(), thread.descendants()), viewerId)
                        .map(all -> new JsonObject()
                                .put("ancestors", entity.renderAll(all.subList(0, count(all, thread.ancestors()))))
                                .put("descendants", entity.renderAll(
                                        all.subList(count(all, thread.ancestors()), all.size())))));
    }

    private Future<JsonObject> source(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        long id = ApiParams.pathId(ctx, "id");
        return statuses.own(me, id).map(status -> new JsonObject()
                .put("id", String.valueOf(status.id()))
                .put("text", status.sourceText() == null ? "" : status.sourceText())
                .put("spoiler_text", status.spoilerText() == null ? "" : status.spoilerText()));
    }

    /** Runs an action on a status and answers with the status as it then is (for reblog: the boost). */
    private Future<JsonObject> act(RoutingContext ctx, Action action) {
        Account me = ApiAuth.current(ctx).account();
        long id = ApiParams.pathId(ctx, "id");
        return action.run(me, id)
                .compose(shown -> statuses.visibleStatus(me, shown))
                .compose(status -> views.loadOne(status, me.id()))
                .map(entity::render);
    }

    private Future<JsonArray> who(RoutingContext ctx, boolean reblogs) {
        Account viewer = reader(ctx);
        long id = ApiParams.pathId(ctx, "id");
        Page page = ApiParams.page(RequestParams.of(ctx), Page.DEFAULT_LIMIT, 80);
        return statuses.visibleStatus(viewer, id)
                .compose(status -> reblogs ? timelines.rebloggedBy(id, page) : timelines.favouritedBy(id, page))
                .compose(entries -> {
                    LinkHeader.set(ctx, base, entries.stream().map(AccountPageEntry::key).toList());
                    return accountViews.loadInOrder(entries.stream().map(AccountPageEntry::accountId).toList());
                })
                .map(accounts -> {
                    JsonArray array = new JsonArray();
                    accounts.forEach(account -> array.add(accountEntity.render(account)));
                    return array;
                });
    }

    /** The viewer behind an optional token; a token must grant reading statuses. */
    private static Account reader(RoutingContext ctx) {
        Authenticated auth = ApiAuth.current(ctx);
        if (auth == null) {
            return null;
        }
        return ApiAuth.require(ctx, false, "read:statuses").account();
    }

    private static Long viewerId(Account viewer) {
        return viewer == null ? null : viewer.id();
    }

    private static List<Status> concat(List<Status> a, List<Status> b) {
        java.util.ArrayList<Status> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** How many of the loaded views are ancestors (views drop statuses whose author is gone). */
    private static int count(List<org.serge.core.timeline.StatusView> all, List<Status> ancestors) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        ancestors.forEach(s -> ids.add(s.id()));
        int n = 0;
        for (var view : all) {
            if (ids.contains(view.id())) {
                n++;
            }
        }
        return n;
    }

    @FunctionalInterface
    private interface Action {
        /** Does it and returns the id of the status to answer with. */
        Future<Long> run(Account me, long statusId);
    }
}
