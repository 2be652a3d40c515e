package org.serge.web.api.filters;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.filter.Filter;
import org.serge.core.filter.FilterInput;
import org.serge.core.filter.FilterKeyword;
import org.serge.core.filter.FilterService;
import org.serge.core.filter.KeywordChange;
import org.serge.web.api.ApiParams;
import org.serge.web.api.Replies;
import org.serge.web.api.entity.FilterEntity;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * Filters v2: {@code /api/v2/filters} (list, create), {@code /api/v2/filters/:id} (show, update, delete), a filter's
 * keywords ({@code /api/v2/filters/:id/keywords}, {@code /api/v2/filters/keywords/:id}), and the v1 list
 * {@code GET /api/v1/filters} (one entry per keyword). Another member's filter is a 404.
 */
public final class FilterRoutes {

    private static final String READ = "read:filters";
    private static final String WRITE = "write:filters";

    private final ApiAuth auth;
    private final FilterService filters;
    private final BodyHandler body;

    public FilterRoutes(ApiAuth auth, FilterService filters, BodyHandler body) {
        this.auth = auth;
        this.filters = filters;
        this.body = body;
    }

    public void mount(Router router) {
        router.get("/api/v1/filters").handler(auth.user(READ)).handler(ctx -> Replies.json(ctx, c ->
                filters.all(me(c)).map(FilterRoutes::v1)));
        router.get("/api/v2/filters").handler(auth.user(READ)).handler(ctx -> Replies.json(ctx, c ->
                filters.all(me(c)).map(FilterRoutes::renderAll)));
        router.post("/api/v2/filters").handler(body).handler(auth.user(WRITE)).handler(ctx -> Replies.json(ctx, c ->
                filters.create(me(c), input(c, true)).map(FilterEntity::render)));
        // the fixed path first: /api/v2/filters/:id would take it
        router.get("/api/v2/filters/keywords/:id").handler(auth.user(READ)).handler(ctx -> Replies.json(ctx, c ->
                keyword(c).map(found -> FilterEntity.keyword(found.keyword()))));
        router.put("/api/v2/filters/keywords/:id").handler(body).handler(auth.user(WRITE))
                .handler(ctx -> Replies.json(ctx, this::updateKeyword));
        router.delete("/api/v2/filters/keywords/:id").handler(auth.user(WRITE)).handler(ctx -> Replies.json(ctx, c ->
                keyword(c).compose(found -> filters.update(me(c), found.filter().id(), change(
                        new KeywordChange(found.keyword().id(), null, null, true)))).map(new JsonObject())));
        router.get("/api/v2/filters/:id").handler(auth.user(READ)).handler(ctx -> Replies.json(ctx, c ->
                filters.get(me(c), ApiParams.pathId(c, "id")).map(FilterEntity::render)));
        router.put("/api/v2/filters/:id").handler(body).handler(auth.user(WRITE)).handler(ctx -> Replies.json(ctx, c ->
                filters.update(me(c), ApiParams.pathId(c, "id"), input(c, false)).map(FilterEntity::render)));
        router.delete("/api/v2/filters/:id").handler(auth.user(WRITE)).handler(ctx -> Replies.json(ctx, c ->
                filters.delete(me(c), ApiParams.pathId(c, "id")).map(new JsonObject())));
        router.get("/api/v2/filters/:id/keywords").handler(auth.user(READ)).handler(ctx -> Replies.json(ctx, c ->
                filters.get(me(c), ApiParams.pathId(c, "id")).map(filter -> {
                    JsonArray keywords = new JsonArray();
                    filter.keywords().forEach(k -> keywords.add(FilterEntity.keyword(k)));
                    return keywords;
                })));
        router.post("/api/v2/filters/:id/keywords").handler(body).handler(auth.user(WRITE))
                .handler(ctx -> Replies.json(ctx, this::addKeyword));
    }

    private Future<JsonObject> addKeyword(RoutingContext ctx) {
        RequestParams params = RequestParams.of(ctx);
        long id = ApiParams.pathId(ctx, "id");
        KeywordChange added = new KeywordChange(null, params.get("keyword"),
                ApiParams.optionalBool(params, "whole_word"), false);
        return filters.get(me(ctx), id).compose(before -> filters.update(me(ctx), id, change(added)).map(after -> {
            List<Long> old = before.keywords().stream().map(FilterKeyword::id).toList();
            return after.keywords().stream().filter(k -> !old.contains(k.id())).findFirst()
                    .map(FilterEntity::keyword).orElseThrow(() -> ServiceException.unprocessable("Keyword not added"));
        }));
    }

    private Future<JsonObject> updateKeyword(RoutingContext ctx) {
        RequestParams params = RequestParams.of(ctx);
        return keyword(ctx).compose(found -> filters.update(me(ctx), found.filter().id(), change(new KeywordChange(
                        found.keyword().id(), params.get("keyword"), ApiParams.optionalBool(params, "whole_word"), false)))
                .map(after -> after.keywords().stream().filter(k -> k.id() == found.keyword().id()).findFirst()
                        .map(FilterEntity::keyword).orElseThrow(() -> ServiceException.notFound("Record not found"))));
    }

    /** The member's keyword with the path's id, and its filter. */
    private Future<OwnedKeyword> keyword(RoutingContext ctx) {
        long id = ApiParams.pathId(ctx, "id");
        return filters.all(me(ctx)).compose(all -> {
            for (Filter filter : all) {
                for (FilterKeyword keyword : filter.keywords()) {
                    if (keyword.id() == id) {
                        return Future.succeededFuture(new OwnedKeyword(filter, keyword));
                    }
                }
            }
            return Future.failedFuture(ServiceException.notFound("Record not found"));
        });
    }

    private static FilterInput change(KeywordChange change) {
        return new FilterInput(null, null, null, null, List.of(change));
    }

    private static FilterInput input(RoutingContext ctx, boolean creating) {
        RequestParams params = RequestParams.of(ctx);
        List<String> contexts = params.all("context");
        List<KeywordChange> keywords = new ArrayList<>();
        for (Map<String, String> entry : NestedParams.of(ctx, "keywords_attributes")) {
            String rawId = entry.get("id");
            Long id = rawId == null || rawId.isBlank() ? null : ApiParams.id(rawId.strip());
            if (rawId != null && !rawId.isBlank() && id == null) {
                throw ServiceException.notFound("Record not found");
            }
            String whole = entry.get("whole_word");
            keywords.add(new KeywordChange(id, entry.get("keyword"),
                    whole == null || whole.isBlank() ? null : truthy(whole), truthy(entry.get("_destroy"))));
        }
        return new FilterInput(params.get("title"), contexts.isEmpty() && !creating ? null : contexts,
                blankToNull(params.get("filter_action")), expiresIn(params.get("expires_in")), keywords);
    }

    private static Long expiresIn(String value) {
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            return 0L;
        }
        Long seconds = ApiParams.id(value.strip());
        if (seconds == null) {
            throw ServiceException.unprocessable("expires_in must be a number of seconds");
        }
        return seconds;
    }

    private static boolean truthy(String value) {
        return value != null && switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "1", "on", "t", "yes", "y" -> true;
            default -> false;
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static JsonArray renderAll(List<Filter> all) {
        JsonArray array = new JsonArray();
        all.forEach(filter -> array.add(FilterEntity.render(filter)));
        return array;
    }

    private static JsonArray v1(List<Filter> all) {
        JsonArray array = new JsonArray();
        all.forEach(filter -> filter.keywords().forEach(k -> array.add(FilterEntity.v1(filter, k))));
        return array;
    }

    private static Account me(RoutingContext ctx) {
        return ApiAuth.current(ctx).account();
    }

    private record OwnedKeyword(Filter filter, FilterKeyword keyword) {
    }
}
