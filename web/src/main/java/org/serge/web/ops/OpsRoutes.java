package org.serge.web.ops;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.OffsetDateTime;
import org.serge.core.error.ServiceException;
import org.serge.federation.delivery.DeliveryQueueStats;
import org.serge.federation.delivery.HostQueue;
import org.serge.web.http.Responses;
import org.serge.web.oauth.AdminOnly;
import org.serge.web.oauth.ApiAuth;

/**
 * {@code GET /metrics} (Prometheus text format 0.0.4) and {@code GET /api/serge/v1/admin/queue} (the delivery
 * queue per host). One rule for both: a bearer token of an administrator's account with the admin:read scope
 * (401 without a valid token, 403 for another scope or a member who is not an administrator).
 */
public final class OpsRoutes {

    private static final int DEFAULT_HOSTS = 100;
    private static final int MAX_HOSTS = 1000;

    private final ApiAuth auth;
    private final Admins admins;
    private final NodeMetrics metrics;
    private final DeliveryQueueStats stats;
    private final Pool pool;

    public OpsRoutes(ApiAuth auth, Admins admins, NodeMetrics metrics, DeliveryQueueStats stats, Pool pool) {
        this.auth = auth;
        this.admins = admins;
        this.metrics = metrics;
        this.stats = stats;
        this.pool = pool;
    }

    public void mount(Router router) {
        router.get("/metrics").handler(auth.user("admin:read")).handler(new AdminOnly(admins))
                .handler(this::metrics);
        router.get("/api/serge/v1/admin/queue").handler(auth.user("admin:read")).handler(new AdminOnly(admins))
                .handler(this::queue);
    }

    private void metrics(RoutingContext ctx) {
        metrics.sample(stats, pool).onComplete(sampled -> ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, NodeMetrics.CONTENT_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(metrics.scrape()));
    }

    private void queue(RoutingContext ctx) {
        int limit = DEFAULT_HOSTS;
        String asked = ctx.request().getParam("limit");
        if (asked != null) {
            try {
                limit = Math.max(1, Math.min(MAX_HOSTS, Integer.parseInt(asked)));
            } catch (NumberFormatException e) {
                ctx.fail(ServiceException.badRequest("limit must be a number"));
                return;
            }
        }
        int hostLimit = limit;
        stats.totals().compose(totals -> stats.byHost(hostLimit).map(hosts -> {
            JsonArray list = new JsonArray();
            hosts.forEach(host -> list.add(toJson(host)));
            return new JsonObject().put("queued", totals.queued()).put("claimed", totals.claimed())
                    .put("hosts", list);
        })).onComplete(result -> {
            if (result.failed()) {
                ctx.fail(result.cause());
            } else {
                ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
                Responses.json(ctx, 200, "application/json; charset=utf-8", result.result());
            }
        });
    }

    static JsonObject toJson(HostQueue host) {
        return new JsonObject().put("host", host.host()).put("queued", host.queued()).put("claimed", host.claimed())
                .put("oldest_next_attempt", text(host.oldestNextAttempt())).put("max_attempts", host.maxAttempts())
                .put("unavailable", host.unavailable()).put("failing_since", text(host.failingSince()))
                .put("last_success_at", text(host.lastSuccessAt()));
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : time.toInstant().toString();
    }
}
