package org.serge.web.api.timelines;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Locale;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.timeline.Page;
import org.serge.core.timeline.StatusViews;
import org.serge.core.timeline.TimelineRepository;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.Replies;
import org.serge.web.api.entity.StatusEntity;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.Authenticated;
import org.serge.web.oauth.RequestParams;

/**
 * GET /api/v1/timelines/home, /public and /tag/:hashtag, paged by max_id, since_id, min_id and Link. The viewer's
 * muted accounts are left out (and blocked ones from the public timelines), and so are statuses their filters hide
 * in that context (home, or public for both others); the Link header still pages over what was read.
 */
public final class TimelineRoutes {

    private final ApiAuth auth;
    private final TimelineRepository timelines;
    private final StatusViews views;
    private final StatusEntity entity;
    private final String base;

    public TimelineRoutes(ApiAuth auth, TimelineRepository timelines, StatusViews views, StatusEntity entity,
                          String base) {
        this.auth = auth;
        this.timelines = timelines;
        this.views = views;
        this.entity = entity;
        this.base = base;
    }

    public void mount(Router router) {
        router.get("/api/v1/timelines/home").handler(auth.user("read:statuses"))
                .handler(ctx -> Replies.json(ctx, c -> {
                    Account me = ApiAuth.current(c).account();
                    return render(c, timelines.home(me.id(), ApiParams.page(RequestParams.of(c))), me.id(), "home");
                }));
        router.get("/api/v1/timelines/public").handler(auth.optional())
                .handler(ctx -> Replies.json(ctx, c -> {
                    RequestParams params = RequestParams.of(c);
                    boolean local = ApiParams.bool(params, "local", false);
                    boolean remote = ApiParams.bool(params, "remote", false);
                    Long viewerId = viewerId(c);
                    return render(c, timelines.publicTimeline(local || !remote, remote || !local,
                            ApiParams.bool(params, "only_media", false), ApiParams.page(params), viewerId), viewerId,
                            "public");
                }));
        router.get("/api/v1/timelines/tag/:hashtag").handler(auth.optional())
                .handler(ctx -> Replies.json(ctx, c -> {
                    RequestParams params = RequestParams.of(c);
                    String tag = c.pathParam("hashtag").strip().toLowerCase(Locale.ROOT);
                    if (tag.startsWith("#")) {
                        tag = tag.substring(1);
                    }
                    if (tag.isEmpty() || tag.length() > 200) {
                        return Future.succeededFuture(new JsonArray());
                    }
                    boolean local = ApiParams.bool(params, "local", false);
                    boolean remote = ApiParams.bool(params, "remote", false);
                    Long viewerId = viewerId(c);
                    return render(c, timelines.tag(tag, local || !remote, remote || !local,
                            ApiParams.bool(params, "only_media", false), ApiParams.page(params), viewerId), viewerId,
                            "public");
                }));
    }

    private Future<JsonArray> render(RoutingContext ctx, Future<List<Status>> page, Long viewerId, String context) {
        return page.compose(statuses -> {
            LinkHeader.set(ctx, base, statuses.stream().map(Status::id).toList());
            return views.load(statuses, viewerId);
        }).map(loaded -> entity.renderAll(loaded.stream().filter(v -> !v.hiddenIn(context)).toList()));
    }

    /** The viewer behind an optional token, which must grant reading statuses. */
    private static Long viewerId(RoutingContext ctx) {
        Authenticated auth = ApiAuth.current(ctx);
        if (auth == null) {
            return null;
        }
        Account account = ApiAuth.require(ctx, false, "read:statuses").account();
        return account == null ? null : account.id();
    }
}
