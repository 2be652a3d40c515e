package org.serge.web.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import org.serge.core.account.Account;
import org.serge.core.solidarity.SolidarityFederation;
import org.serge.core.solidarity.report.ReportFilter;
import org.serge.core.solidarity.report.ReportService;
import org.serge.core.timeline.Page;
import org.serge.web.api.ApiParams;
import org.serge.web.api.Replies;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/** Struggle reports: file, list with filters, show with history, change status. */
final class ReportRoutes {

    private final ApiAuth auth;
    private final ReportService reports;
    private final SolidarityFederation federation;
    private final String base;
    private final BodyHandler body;

    ReportRoutes(ApiAuth auth, ReportService reports, SolidarityFederation federation, String base, BodyHandler body) {
        this.auth = auth;
        this.reports = reports;
        this.federation = federation;
        this.base = base;
        this.body = body;
    }

    void mount(Router router) {
        String path = SolidarityModule.PREFIX + "/reports";
        router.post(path).handler(body).handler(auth.user(SolidarityModule.WRITE))
                .handler(ctx -> Replies.json(ctx, this::file));
        router.get(path).handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::list));
        router.get(path + "/:id").handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::show));
        router.post(path + "/:id/status").handler(body).handler(auth.user(SolidarityModule.WRITE))
                .handler(ctx -> Replies.json(ctx, this::changeStatus));
    }

    private Future<JsonObject> file(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        return reports.fileLocal(me, SolidarityInput.report(JsonBody.of(ctx)))
                .compose(r -> Announce.then(r, "report " + r.id(), () -> federation.reportFiled(r)))
                .compose(r -> reports.history(r.id()).map(h -> ReportEntity.withHistory(r, h)));
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        RequestParams params = RequestParams.of(ctx);
        Page page = ApiParams.page(params, 20, ReportService.MAX_PAGE);
        ReportFilter filter = new ReportFilter(ApiParams.optionalId(params, "employer_id"),
                ApiParams.bool(params, "whole_group", false), blank(params.get("sector_scheme")),
                blank(params.get("sector_version")), blank(params.get("sector")), blank(params.get("country")),
                blank(params.get("status")), blank(params.get("hashtag")), page.maxId(), page.limit());
        return reports.list(filter).map(list -> {
            if (!list.isEmpty()) {
                Paging.next(ctx, base, list.get(list.size() - 1).id());
            }
            return ReportEntity.list(list);
        });
    }

    private Future<JsonObject> show(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        return reports.get(id).compose(r -> reports.history(id).map(h -> ReportEntity.withHistory(r, h)));
    }

    private Future<JsonObject> changeStatus(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        Account me = ApiAuth.current(ctx).account();
        return reports.updateStatus(me, id, SolidarityInput.statusUpdate(JsonBody.of(ctx)))
                .compose(r -> Announce.then(r, "report " + r.id(), () -> federation.reportUpdated(r)))
                .compose(r -> reports.history(id).map(h -> ReportEntity.withHistory(r, h)));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
