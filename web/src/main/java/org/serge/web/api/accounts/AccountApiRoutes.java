package org.serge.web.api.accounts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.serge.core.account.Account;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.AccountView;
import org.serge.core.account.AccountViews;
import org.serge.core.account.ProfileChange;
import org.serge.core.account.ProfileService;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.error.ServiceException;
import org.serge.core.follow.FollowPageEntry;
import org.serge.core.follow.FollowRepository;
import org.serge.core.follow.FollowService;
import org.serge.core.follow.RelationshipRepository;
import org.serge.core.pin.StatusPinRepository;
import org.serge.core.status.Status;
import org.serge.core.timeline.AccountStatusFilter;
import org.serge.core.timeline.Page;
import org.serge.core.timeline.StatusViews;
import org.serge.core.timeline.TimelineRepository;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.Replies;
import org.serge.web.api.entity.AccountEntity;
import org.serge.web.api.entity.RelationshipEntity;
import org.serge.web.api.entity.StatusEntity;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.Authenticated;
import org.serge.web.oauth.RequestParams;

/**
 * /api/v1/accounts: lookup, relationships, profile updates, an account and its statuses, follow lists, and
 * following, blocking and their undoing. Follow lists are shown only to the account itself (others get an empty
 * list), as they are hidden from other servers too; the counts stay public.
 */
public final class AccountApiRoutes {

    private final ApiAuth auth;
    private final AccountViews views;
    private final RemoteAccountRepository accounts;
    private final AccountResolver resolver;
    private final FollowService follows;
    private final FollowRepository followRepository;
    private final RelationshipRepository relationships;
    private final ProfileService profiles;
    private final TimelineRepository timelines;
    private final StatusViews statusViews;
    private final AccountEntity entity;
    private final StatusEntity statusEntity;
    private final String domain;
    private final String base;
    private final BodyHandler body;
    private final StatusPinRepository pins;

    public AccountApiRoutes(ApiAuth auth, AccountViews views, RemoteAccountRepository accounts,
                            AccountResolver resolver, FollowService follows, FollowRepository followRepository,
                            RelationshipRepository relationships, ProfileService profiles,
                            TimelineRepository timelines, StatusViews statusViews, AccountEntity entity,
                            StatusEntity statusEntity, String domain, String base, BodyHandler body,
                            StatusPinRepository pins) {
        this.pins = pins;
        this.auth = auth;
        this.views = views;
        this.accounts = accounts;
        this.resolver = resolver;
        this.follows = follows;
        this.followRepository = followRepository;
        this.relationships = relationships;
        this.profiles = profiles;
        this.timelines = timelines;
        this.statusViews = statusViews;
        this.entity = entity;
        this.statusEntity = statusEntity;
        this.domain = domain;
        this.base = base;
        this.body = body;
    }

    public void mount(Router router) {
        // the fixed paths first: /api/v1/accounts/:id would take them
        router.get("/api/v1/accounts/lookup").handler(auth.optional()).handler(ctx -> Replies.json(ctx, this::lookup));
        router.get("/api/v1/accounts/relationships").handler(auth.user("read:follows"))
                .handler(ctx -> Replies.json(ctx, this::relationships));
        router.patch("/api/v1/accounts/update_credentials").handler(body).handler(auth.user("write:accounts"))
                .handler(ctx -> Replies.json(ctx, this::updateCredentials));
        // digits only, so that other modules' fixed paths below /api/v1/accounts/ still reach them
        router.getWithRegex("/api/v1/accounts/(?<id>[0-9]+)").handler(auth.optional())
                .handler(ctx -> Replies.json(ctx, this::show));
        router.get("/api/v1/accounts/:id/statuses").handler(auth.optional())
                .handler(ctx -> Replies.json(ctx, this::statuses));
        router.get("/api/v1/accounts/:id/followers").handler(auth.optional())
                .handler(ctx -> Replies.json(ctx, c -> followList(c, true)));
        router.get("/api/v1/accounts/:id/following").handler(auth.optional())
                .handler(ctx -> Replies.json(ctx, c -> followList(c, false)));
        router.post("/api/v1/accounts/:id/follow").handler(auth.user("write:follows"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, follows::follow)));
        router.post("/api/v1/accounts/:id/unfollow").handler(auth.user("write:follows"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, follows::unfollow)));
        router.post("/api/v1/accounts/:id/remove_from_followers").handler(auth.user("write:follows"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, follows::removeFollower)));
        router.post("/api/v1/accounts/:id/block").handler(auth.user("write:blocks"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, follows::block)));
        router.post("/api/v1/accounts/:id/unblock").handler(auth.user("write:blocks"))
                .handler(ctx -> Replies.json(ctx, c -> act(c, follows::unblock)));
        router.get("/api/v1/follow_requests").handler(auth.user("read:follows"))
                .handler(ctx -> Replies.json(ctx, this::followRequests));
        router.post("/api/v1/follow_requests/:id/authorize").handler(auth.user("write:follows"))
                .handler(ctx -> Replies.json(ctx, c -> answer(c, true)));
        router.post("/api/v1/follow_requests/:id/reject").handler(auth.user("write:follows"))
                .handler(ctx -> Replies.json(ctx, c -> answer(c, false)));
    }

    private Future<JsonObject> lookup(RoutingContext ctx) {
        Account viewer = reader(ctx);
        String acct = RequestParams.of(ctx).get("acct");
        if (acct == null || acct.isBlank()) {
            throw ServiceException.unprocessable("acct is required");
        }
        acct = acct.strip();
        if (acct.startsWith("@")) {
            acct = acct.substring(1);
        }
        if (acct.startsWith("acct:")) {
            acct = acct.substring(5);
        }
        int at = acct.indexOf('@');
        String username = at < 0 ? acct : acct.substring(0, at);
        String host = at < 0 ? null : acct.substring(at + 1).toLowerCase(Locale.ROOT);
        if (username.isEmpty() || username.length() > 100 || (host != null && (host.isEmpty() || host.length() > 255))) {
            throw ServiceException.notFound("no such account");
        }
        String remote = host == null || host.equalsIgnoreCase(domain) ? null : host;
        return views.findByHandle(username, remote).compose(found -> {
            if (found.isPresent()) {
                return Future.succeededFuture(entity.render(found.get()));
            }
            if (remote == null || viewer == null) {
                return Future.failedFuture(ServiceException.notFound("no such account"));
            }
            // a signed-in member may look up an account this node does not know yet: WebFinger resolves it
            return resolver.resolveHandle(username, remote)
                    .recover(error -> Future.failedFuture(ServiceException.notFound("no such account")))
                    .compose(account -> view(account.id()))
                    .map(entity::render);
        });
    }

    private Future<JsonArray> relationships(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        List<Long> ids = new ArrayList<>();
        for (String raw : RequestParams.of(ctx).all("id")) {
            Long id = ApiParams.id(raw);
            if (id != null && ids.size() < 100) {
                ids.add(id);
            }
        }
        return relationships.load(me.id(), ids).map(RelationshipEntity::renderAll);
    }

    private Future<JsonObject> updateCredentials(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        RequestParams params = RequestParams.of(ctx);
        ProfileChange change = new ProfileChange(params.get("display_name"), params.get("note"),
                ApiParams.optionalBool(params, "locked"), ApiParams.optionalBool(params, "discoverable"));
        return profiles.update(me, change)
                .compose(view -> followRepository.countRequestsTo(me.id()).map(n -> entity.credential(view, n)));
    }

    private Future<JsonObject> show(RoutingContext ctx) {
        reader(ctx);
        return view(ApiParams.pathId(ctx, "id")).map(entity::render);
    }

    private Future<JsonArray> statuses(RoutingContext ctx) {
        Account viewer = reader(ctx);
        long id = ApiParams.pathId(ctx, "id");
        RequestParams params = RequestParams.of(ctx);
        Page page = ApiParams.page(params);
        Long viewerId = viewer == null ? null : viewer.id();
        if (ApiParams.bool(params, "pinned", false)) {
            // all pins on one page (5 at most), without Link: a page asked beyond it is empty
            boolean beyond = page.maxId() != null || page.lowerBound() != null;
            return view(id)
                    .compose(account -> beyond ? Future.succeededFuture(List.<Status>of()) : pins.pinned(id))
                    .compose(statuses -> statusViews.load(statuses, viewerId))
                    .map(statusEntity::renderAll);
        }
        String tagged = params.get("tagged");
        AccountStatusFilter filter = new AccountStatusFilter(ApiParams.bool(params, "exclude_replies", false),
                ApiParams.bool(params, "exclude_reblogs", false), ApiParams.bool(params, "only_media", false),
                tagged == null || tagged.isBlank() ? null : tagged.strip().replaceFirst("^#", "").toLowerCase(Locale.ROOT));
        return view(id)
                .compose(account -> timelines.byAccount(id, viewerId, filter, page))
                .compose(statuses -> {
                    LinkHeader.set(ctx, base, statuses.stream().map(Status::id).toList());
                    return statusViews.load(statuses, viewerId);
                })
                .map(statusEntity::renderAll);
    }

    private Future<JsonArray> followList(RoutingContext ctx, boolean followers) {
        Account viewer = reader(ctx);
        long id = ApiParams.pathId(ctx, "id");
        Page page = ApiParams.page(RequestParams.of(ctx), 40, 80);
        return view(id).compose(account -> {
            if (viewer == null || viewer.id() != id) {
                return Future.succeededFuture(new JsonArray());
            }
            return followRepository.page(id, followers, page.maxId(), page.limit())
                    .compose(entries -> accountsOf(ctx, entries));
        });
    }

    private Future<JsonArray> followRequests(RoutingContext ctx) {
        Account me = ApiAuth.current(ctx).account();
        Page page = ApiParams.page(RequestParams.of(ctx), 40, 80);
        return followRepository.requestsPage(me.id(), page.maxId(), page.limit())
                .compose(entries -> accountsOf(ctx, entries));
    }

    private Future<JsonObject> answer(RoutingContext ctx, boolean accept) {
        Account me = ApiAuth.current(ctx).account();
        long requesterId = ApiParams.pathId(ctx, "id");
        return (accept ? follows.acceptRequest(me, requesterId) : follows.rejectRequest(me, requesterId))
                .compose(v -> relationships.load(me.id(), requesterId))
                .map(RelationshipEntity::render);
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

    private Future<JsonArray> accountsOf(RoutingContext ctx, List<FollowPageEntry> entries) {
        LinkHeader.set(ctx, base, entries.stream().map(FollowPageEntry::followId).toList());
        return views.loadInOrder(entries.stream().map(FollowPageEntry::accountId).toList()).map(list -> {
            JsonArray array = new JsonArray();
            list.forEach(account -> array.add(entity.render(account)));
            return array;
        });
    }

    private Future<AccountView> view(long id) {
        return views.find(id).compose(found -> found.isPresent() ? Future.succeededFuture(found.get())
                : Future.failedFuture(ServiceException.notFound("no such account")));
    }

    /** The viewer behind an optional token, which must grant reading accounts. */
    private static Account reader(RoutingContext ctx) {
        Authenticated auth = ApiAuth.current(ctx);
        if (auth == null) {
            return null;
        }
        return ApiAuth.require(ctx, false, "read:accounts", "read:statuses").account();
    }

    @FunctionalInterface
    private interface Action {
        Future<?> run(Account me, Account target);
    }
}
