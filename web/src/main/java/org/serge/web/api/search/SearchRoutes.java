package org.serge.web.api.search;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.search.SearchQuery;
import org.serge.core.search.SearchResults;
import org.serge.core.search.SearchService;
import org.serge.core.tag.TagService;
import org.serge.web.api.ApiParams;
import org.serge.web.api.misc.ApiEntities;
import org.serge.web.api.misc.JsonAnswers;
import org.serge.web.api.tags.TagEntity;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.Authenticated;
import org.serge.web.oauth.RequestParams;

/**
 * {@code GET /api/v2/search} (a token is optional, but resolving remote accounts and paging need a member's) and
 * {@code GET /api/v1/accounts/search} (a member's token).
 */
public final class SearchRoutes {

    private static final long MAX_OFFSET = 10_000;
    private static final Set<String> TYPES = Set.of("accounts", "statuses", "hashtags");

    private final ApiAuth auth;
    private final SearchService search;
    private final ApiEntities entities;
    private final TagService tags;
    private final TagEntity tagEntity;

    public SearchRoutes(ApiAuth auth, SearchService search, ApiEntities entities, TagService tags,
                        TagEntity tagEntity) {
        this.auth = auth;
        this.search = search;
        this.entities = entities;
        this.tags = tags;
        this.tagEntity = tagEntity;
    }

    public void mount(Router router) {
        router.get("/api/v2/search").handler(auth.optional()).handler(this::v2);
        router.get("/api/v1/accounts/search").handler(auth.user("read:accounts")).handler(this::accounts);
    }

    private void v2(RoutingContext ctx) {
        Authenticated caller = ApiAuth.current(ctx);
        if (caller != null) {
            ApiAuth.require(ctx, false, "read:search");
        }
        RequestParams params = RequestParams.of(ctx);
        String type = params.get("type");
        if (type != null && type.isBlank()) {
            type = null;
        }
        if (type != null && !TYPES.contains(type.toLowerCase(Locale.ROOT))) {
            throw ServiceException.unprocessable("type must be accounts, statuses or hashtags");
        }
        boolean resolve = ApiParams.bool(params, "resolve", false);
        int offset = offset(params);
        Account viewer = caller == null ? null : caller.account();
        if (viewer == null && (resolve || offset > 0)) {
            throw ServiceException.unauthorized(
                    "Search queries that resolve remote resources or page are not supported without authentication");
        }
        SearchQuery query = new SearchQuery(query(params), type == null ? null : type.toLowerCase(Locale.ROOT),
                resolve, ApiParams.bool(params, "following", false) && viewer != null,
                ApiParams.optionalId(params, "account_id"), limit(params, 20, 40), offset);
        search.search(viewer, query)
                .compose(results -> render(results, viewer))
                .onSuccess(json -> JsonAnswers.object(ctx, json))
                .onFailure(ctx::fail);
    }

    private void accounts(RoutingContext ctx) {
        Account viewer = ApiAuth.current(ctx).account();
        RequestParams params = RequestParams.of(ctx);
        SearchQuery query = new SearchQuery(query(params), "accounts", ApiParams.bool(params, "resolve", false),
                ApiParams.bool(params, "following", false), null, limit(params, 40, 80), offset(params));
        search.search(viewer, query)
                .compose(results -> entities.accountsInOrder(results.accounts()))
                .onSuccess(json -> JsonAnswers.array(ctx, new JsonArray(new ArrayList<>(json))))
                .onFailure(ctx::fail);
    }

    private static int limit(RequestParams params, int fallback, int max) {
        return ApiParams.page(params, fallback, max).limit();
    }

    private static int offset(RequestParams params) {
        String value = params.get("offset");
        if (value == null || value.isBlank()) {
            return 0;
        }
        Long offset = ApiParams.id(value.strip());
        if (offset == null || offset > MAX_OFFSET) {
            throw ServiceException.unprocessable("offset must be a number up to " + MAX_OFFSET);
        }
        return offset.intValue();
    }

    private static String query(RequestParams params) {
        String q = params.get("q");
        if (q == null) {
            throw ServiceException.badRequest("q is missing");
        }
        return q;
    }

    private Future<JsonObject> render(SearchResults results, Account viewer) {
        Future<java.util.List<JsonObject>> accounts = entities.accountsInOrder(results.accounts());
        Future<java.util.Map<Long, JsonObject>> statuses = results.statusIds().isEmpty()
                ? Future.succeededFuture(java.util.Map.of()) : entities.statuses(results.statusIds(), viewer, true);
        Future<java.util.List<org.serge.core.tag.Hashtag>> hashtags = tags.hashtags(viewer, results.hashtags());
        return Future.all(accounts, statuses, hashtags).map(done -> {
            JsonArray statusJson = new JsonArray();
            results.statusIds().forEach(id -> {
                if (statuses.result().containsKey(id)) {
                    statusJson.add(statuses.result().get(id));
                }
            });
            return new JsonObject()
                    .put("accounts", new JsonArray(new ArrayList<>(accounts.result())))
                    .put("statuses", statusJson)
                    .put("hashtags", tagEntity.renderAll(hashtags.result()));
        });
    }
}
