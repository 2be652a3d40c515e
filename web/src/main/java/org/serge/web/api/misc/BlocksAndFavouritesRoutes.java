package org.serge.web.api.misc;

import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import org.serge.core.account.Account;
import org.serge.core.listing.MemberListsRepository;
import org.serge.core.paging.PagedResult;
import org.serge.core.timeline.Page;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * {@code GET /api/v1/blocks} (Account[]) and {@code GET /api/v1/favourites} (Status[]), both paged by the ids of
 * the block and favourite rows, which clients only learn from the Link header.
 */
public final class BlocksAndFavouritesRoutes {

    private final ApiAuth auth;
    private final MemberListsRepository lists;
    private final ApiEntities entities;
    private final String base;

    public BlocksAndFavouritesRoutes(ApiAuth auth, MemberListsRepository lists, ApiEntities entities, String base) {
        this.auth = auth;
        this.lists = lists;
        this.entities = entities;
        this.base = base;
    }

    public void mount(Router router) {
        router.get("/api/v1/blocks").handler(auth.user("read:blocks", "follow")).handler(this::blocks);
        router.get("/api/v1/favourites").handler(auth.user("read:favourites")).handler(this::favourites);
    }

    private void blocks(RoutingContext ctx) {
        Page request = ApiParams.page(RequestParams.of(ctx), 40, 80);
        lists.blockedAccountIds(ApiAuth.current(ctx).account().id(), request)
                .compose(page -> entities.accountsInOrder(page.items()).onSuccess(rendered -> {
                    link(ctx, page);
                    JsonAnswers.array(ctx, new JsonArray(new ArrayList<>(rendered)));
                }))
                .onFailure(ctx::fail);
    }

    private void favourites(RoutingContext ctx) {
        Account member = ApiAuth.current(ctx).account();
        Page request = ApiParams.page(RequestParams.of(ctx), 20, 40);
        lists.favouritedStatusIds(member.id(), request)
                .compose(page -> entities.statuses(page.items(), member, true).onSuccess(rendered -> {
                    JsonArray result = new JsonArray();
                    page.items().forEach(id -> {
                        if (rendered.containsKey(id)) {
                            result.add(rendered.get(id));
                        }
                    });
                    link(ctx, page);
                    JsonAnswers.array(ctx, result);
                }))
                .onFailure(ctx::fail);
    }

    private void link(RoutingContext ctx, PagedResult<?> page) {
        LinkHeader.set(ctx, base, page.newestKey(), page.oldestKey());
    }
}
