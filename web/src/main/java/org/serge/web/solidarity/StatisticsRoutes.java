package org.serge.web.solidarity;

import io.vertx.core.Future;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.stats.Statistics;
import org.serge.core.solidarity.stats.StatsCsv;
import org.serge.core.solidarity.stats.StatsDimension;
import org.serge.core.solidarity.stats.StatsQuery;
import org.serge.core.solidarity.stats.StatsService;
import org.serge.web.api.ApiParams;
import org.serge.web.api.Replies;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * Statistics as JSON, or as CSV (one table: struggles, figures or provenance) for {@code Accept: text/csv} or
 * the {@code .csv} path, with a file name.
 */
final class StatisticsRoutes {

    private final ApiAuth auth;
    private final StatsService stats;

    StatisticsRoutes(ApiAuth auth, StatsService stats) {
        this.auth = auth;
        this.stats = stats;
    }

    void mount(Router router) {
        String path = SolidarityModule.PREFIX + "/statistics";
        router.get(path + ".csv").handler(auth.optional()).handler(ctx -> csv(ctx));
        router.get(path).handler(auth.optional()).handler(ctx -> {
            String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
            if (accept != null && accept.toLowerCase(Locale.ROOT).contains("text/csv")) {
                csv(ctx);
            } else {
                Replies.json(ctx, c -> statistics(c).map(StatisticsEntity::of));
            }
        });
    }

    private void csv(RoutingContext ctx) {
        Future<Statistics> result;
        String table;
        try {
            table = RequestParams.of(ctx).get("table");
            table = table == null || table.isBlank() ? "struggles" : table.strip();
            if (!table.equals("struggles") && !table.equals("figures") && !table.equals("provenance")) {
                throw ServiceException.unprocessable("unknown table '" + clip(table)
                        + "'; one of: struggles, figures, provenance");
            }
            result = statistics(ctx);
        } catch (ServiceException e) {
            ctx.fail(e);
            return;
        }
        String chosen = table;
        result.onSuccess(s -> {
            String body = switch (chosen) {
                case "figures" -> StatsCsv.figures(s);
                case "provenance" -> StatsCsv.provenance(s);
                default -> StatsCsv.struggles(s);
            };
            ctx.response().setStatusCode(200)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/csv; charset=utf-8; header=present")
                    .putHeader("Content-Disposition", "attachment; filename=\"serge-statistics-"
                            + s.groupBy().wireName() + "-" + chosen + ".csv\"")
                    .end(body);
        }).onFailure(ctx::fail);
    }

    private Future<Statistics> statistics(RoutingContext ctx) {
        RequestParams params = RequestParams.of(ctx);
        String groupBy = params.get("group_by");
        if (groupBy == null || groupBy.isBlank()) {
            throw ServiceException.unprocessable("group_by is required; one of: employer, parent, sector, country,"
                    + " year, month");
        }
        StatsDimension dimension = "parent".equals(groupBy.strip()) ? StatsDimension.PARENT_EMPLOYER
                : StatsDimension.parse(groupBy.strip());
        String country = params.get("country");
        return stats.statistics(new StatsQuery(dimension, ApiParams.optionalId(params, "employer_id"),
                country == null || country.isBlank() ? null : country.strip(), date(params, "from"),
                date(params, "to")));
    }

    private static LocalDate date(RequestParams params, String name) {
        String value = params.get(name);
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ServiceException.unprocessable(name + " must be a date (YYYY-MM-DD)");
        }
    }

    private static String clip(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) : text;
        return shown.replaceAll("[^\\p{L}\\p{N} _.-]", "?");
    }
}
