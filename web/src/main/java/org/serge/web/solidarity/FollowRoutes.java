package org.serge.web.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;
import org.serge.core.account.Account;
import org.serge.core.solidarity.follow.FollowSubject;
import org.serge.core.solidarity.follow.StruggleFollowService;
import org.serge.core.solidarity.report.ReportService;
import org.serge.core.timeline.Page;
import org.serge.web.api.ApiParams;
import org.serge.web.api.Replies;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * Following struggles: employers, sectors, countries and hashtags, the list of one's follows, and the feed of
 * matching reports. Scopes as Mastodon's followed hashtags: following and unfollowing need {@code write:follows}
 * (or {@code write}, or the old {@code follow}), listing needs {@code read:follows} (or {@code read},
 * {@code follow}); the feed is a timeline, so it needs {@code read:statuses} (or {@code read}).
 */
final class FollowRoutes {

    static final String[] WRITE = {"write:follows", "follow"};
    static final String[] READ = {"read:follows", "follow"};

    private final ApiAuth auth;
    private final StruggleFollowService follows;
    private final ReportService reports;
    private final String base;

    FollowRoutes(ApiAuth auth, StruggleFollowService follows, ReportService reports, String base) {
        this.auth = auth;
        this.follows = follows;
        this.reports = reports;
        this.base = base;
    }

    void mount(Router router) {
        String p = SolidarityModule.PREFIX;
        both(router, p + "/employers/:id/follow", ctx -> FollowSubject.employer(ApiParams.pathId(ctx, "id")));
        both(router, p + "/sectors/:code/follow", ctx -> {
            RequestParams params = RequestParams.of(ctx);
            return FollowSubject.sector(params.get("scheme"), params.get("version"), ctx.pathParam("code"));
        });
        both(router, p + "/countries/:cc/follow", ctx -> FollowSubject.country(ctx.pathParam("cc")));
        both(router, p + "/tags/:name/follow", ctx -> FollowSubject.hashtag(ctx.pathParam("name")));
        router.get(p + "/follows").handler(auth.user(READ)).handler(ctx -> Replies.json(ctx, this::list));
        router.get(p + "/feed").handler(auth.user("read:statuses")).handler(ctx -> Replies.json(ctx, this::feed));
    }

    private void both(Router router, String path, Function<RoutingContext, FollowSubject> subject) {
        router.post(path).handler(auth.user(WRITE)).handler(ctx -> Replies.json(ctx, c -> follows
                .follow(me(c), subject.apply(c)).map(FollowEntity::of)));
        router.delete(path).handler(auth.user(WRITE)).handler(ctx -> Replies.json(ctx, c -> {
            FollowSubject s = subject.apply(c);
            return follows.unfollow(me(c), s).map(v -> FollowEntity.unfollowed(s));
        }));
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        return follows.follows(me(ctx)).map(FollowEntity::list);
    }

    /** Matching reports, newest first (by when this node stored them), paged with max_id = a status id. */
    private Future<JsonArray> feed(RoutingContext ctx) {
        Page page = ApiParams.page(RequestParams.of(ctx), 20, ReportService.MAX_PAGE);
        return follows.feed(me(ctx), page.maxId(), page.limit()).compose(ids -> {
            if (ids.size() == page.limit()) {
                Paging.next(ctx, base, ids.get(ids.size() - 1));
            }
            return reports.byStatusIds(ids);
        }).map(ReportEntity::list);
    }

    private static Account me(RoutingContext ctx) {
        return ApiAuth.current(ctx).account();
    }
}
