package org.serge.web.api.moderation;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.moderation.AccountReport;
import org.serge.core.moderation.AccountReportRepository;
import org.serge.core.moderation.AccountReportService;
import org.serge.core.moderation.NewReport;
import org.serge.core.timeline.Page;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.Replies;
import org.serge.web.api.misc.ApiEntities;
import org.serge.web.oauth.AdminOnly;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;
import org.serge.web.ops.Admins;

/**
 * {@code POST /api/v1/reports} (write:reports): a member reports an account, answered with Mastodon's Report
 * entity. {@code GET /api/serge/v1/admin/reports} (admin:read:reports, administrators only, as the queue route):
 * every report, the members' and those received as Flags, newest first, paged by Link, each with the reporting
 * and reported accounts and the reported statuses.
 */
public final class ReportRoutes {

    private final ApiAuth auth;
    private final AccountReportService service;
    private final AccountReportRepository reports;
    private final Admins admins;
    private final ApiEntities entities;
    private final String base;
    private final BodyHandler body;

    public ReportRoutes(ApiAuth auth, AccountReportService service, AccountReportRepository reports, Admins admins,
                        ApiEntities entities, String base, BodyHandler body) {
        this.auth = auth;
        this.service = service;
        this.reports = reports;
        this.admins = admins;
        this.entities = entities;
        this.base = base;
        this.body = body;
    }

    public void mount(Router router) {
        router.post("/api/v1/reports").handler(body).handler(auth.user("write:reports"))
                .handler(ctx -> Replies.json(ctx, this::report));
        router.get("/api/serge/v1/admin/reports").handler(auth.user("admin:read:reports"))
                .handler(new AdminOnly(admins))
                .handler(ctx -> Replies.json(ctx, this::list));
    }

    private Future<JsonObject> report(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        RequestParams params = RequestParams.of(ctx);
        Long target = ApiParams.optionalId(params, "account_id");
        if (target == null) {
            throw ServiceException.unprocessable("account_id is required");
        }
        NewReport request = new NewReport(target, ids(params, "status_ids"), params.get("comment"),
                ApiParams.bool(params, "forward", false), params.get("category"), ids(params, "rule_ids"));
        return service.report(me, request).compose(filed -> entities.accountsInOrder(List.of(filed.target().id()))
                .map(accounts -> ReportEntity.render(filed.report(), accounts.isEmpty() ? null : accounts.get(0))));
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        Account admin = ApiAuth.current(ctx).account();
        Page page = ApiParams.page(RequestParams.of(ctx), 20, 100);
        return reports.page(page).compose(result -> {
            LinkHeader.set(ctx, base, result.newestKey(), result.oldestKey());
            Set<Long> accountIds = new LinkedHashSet<>();
            Set<Long> statusIds = new LinkedHashSet<>();
            result.items().forEach(report -> {
                accountIds.add(report.accountId());
                accountIds.add(report.targetAccountId());
                statusIds.addAll(report.statusIds());
            });
            Future<Map<Long, JsonObject>> accounts = entities.accounts(new ArrayList<>(accountIds));
            // administrators see the reported statuses whoever may otherwise see them
            Future<Map<Long, JsonObject>> statuses = entities.statuses(new ArrayList<>(statusIds), admin, false);
            return Future.all(accounts, statuses).map(done -> {
                JsonArray array = new JsonArray();
                for (AccountReport report : result.items()) {
                    JsonArray shown = new JsonArray();
                    report.statusIds().forEach(id -> {
                        JsonObject status = statuses.result().get(id);
                        if (status != null) {
                            shown.add(status);
                        }
                    });
                    array.add(ReportEntity.render(report, accounts.result().get(report.targetAccountId()))
                            .put("account", accounts.result().get(report.accountId()))
                            .put("statuses", shown)
                            .put("uri", report.uri()));
                }
                return array;
            });
        });
    }

    /** Ids in a list parameter ({@code name[]} or a JSON array); one that is not an id is a 422. */
    private static List<Long> ids(RequestParams params, String name) {
        List<Long> ids = new ArrayList<>();
        for (String raw : params.all(name)) {
            Long id = ApiParams.id(raw.strip());
            if (id == null) {
                throw ServiceException.unprocessable(name + " must be ids");
            }
            ids.add(id);
        }
        return ids;
    }

}
