package org.serge.web.api.mutes;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.error.ServiceException;
import org.serge.core.follow.RelationshipRepository;
import org.serge.core.listing.MemberListsRepository;
import org.serge.core.mute.MuteRepository;
import org.serge.core.mute.MuteService;
import org.serge.core.timeline.Page;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.Replies;
import org.serge.web.api.entity.ApiTimes;
import org.serge.web.api.entity.RelationshipEntity;
import org.serge.web.api.misc.ApiEntities;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * {@code POST /api/v1/accounts/:id/mute} ({@code notifications}, default true; {@code duration} in seconds, 0 for
 * ever) and {@code /unmute}, answering the Relationship, and {@code GET /api/v1/mutes} (Account[] with
 * {@code mute_expires_at}, paged by the mutes' ids through the Link header).
 */
public final class MuteRoutes {

    private final ApiAuth auth;
    private final MuteService mutes;
    private final MuteRepository repository;
    private final RemoteAccountRepository accounts;
    private final RelationshipRepository relationships;
    private final MemberListsRepository lists;
    private final ApiEntities entities;
    private final String base;
    private final BodyHandler body;

    public MuteRoutes(ApiAuth auth, MuteService mutes, MuteRepository repository, RemoteAccountRepository accounts,
                      RelationshipRepository relationships, MemberListsRepository lists, ApiEntities entities,
                      String base, BodyHandler body) {
        this.auth = auth;
        this.mutes = mutes;
        this.repository = repository;
        this.accounts = accounts;
        this.relationships = relationships;
        this.lists = lists;
        this.entities = entities;
        this.base = base;
        this.body = body;
    }

    public void mount(Router router) {
        router.post("/api/v1/accounts/:id/mute").handler(body).handler(auth.user("write:mutes", "follow"))
                .handler(ctx -> Replies.json(ctx, this::mute));
        router.post("/api/v1/accounts/:id/unmute").handler(body).handler(auth.user("write:mutes", "follow"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, (me, target) -> mutes.unmute(me, target))));
        router.get("/api/v1/mutes").handler(auth.user("read:mutes", "follow")).handler(ctx -> Replies.json(ctx, this::list));
    }

    private Future<JsonObject> mute(RoutingContext ctx) {
        RequestParams params = RequestParams.of(ctx);
        boolean notifications = ApiParams.bool(params, "notifications", true);
        long duration = duration(params.get("duration"));
        return act(ctx, (me, target) -> mutes.mute(me, target, notifications, duration));
    }

    private Future<JsonObject> act(RoutingContext ctx, Action action) {
        Account me = ApiAuth.current(ctx).account();
        long id = ApiParams.pathId(ctx, "id");
        return accounts.findById(id)
                .compose(target -> target.isEmpty() ? Future.failedFuture(ServiceException.notFound("no such account"))
                        : action.run(me, target.get()))
                .compose(v -> relationships.load(me.id(), id))
                .map(RelationshipEntity::render);
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        Page request = ApiParams.page(RequestParams.of(ctx), 40, 80);
        return lists.mutedAccountIds(me.id(), request).compose(page -> Future.all(
                        entities.accountsInOrder(page.items()), repository.expiries(me.id(), page.items()))
                .map(done -> {
                    LinkHeader.set(ctx, base, page.newestKey(), page.oldestKey());
                    Map<Long, OffsetDateTime> expiries = done.resultAt(1);
                    JsonArray result = new JsonArray();
                    for (JsonObject account : done.<List<JsonObject>>resultAt(0)) {
                        long id = Long.parseLong(account.getString("id"));
                        result.add(account.copy().put("mute_expires_at", ApiTimes.time(expiries.get(id))));
                    }
                    return result;
                }));
    }

    private static long duration(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        Long seconds = ApiParams.id(value.strip());
        if (seconds == null) {
            throw ServiceException.unprocessable("duration must be a number of seconds");
        }
        return seconds;
    }

    @FunctionalInterface
    private interface Action {
        Future<Void> run(Account me, Account target);
    }
}
