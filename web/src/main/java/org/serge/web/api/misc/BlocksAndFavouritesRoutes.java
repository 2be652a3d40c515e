package org.serge.web.api.misc;

import io.vertx.core.json.JsonArray;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.serge.core.account.Account;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.listing.MemberListsRepository;
import org.serge.core.paging.PageRequest;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * {@code GET /api/v1/blocks} (Account[]) and {@code GET /api/v1/favourites} (Status[]), both paged by the ids of
 * the block and favourite rows, which clients only learn from the Link header.
 */
public final class BlocksAndFavouritesRoutes {

    private final ApiAuth auth;
    private final MemberListsRepository lists;
    private final RemoteAccountRepository accounts;
    private final ApiEntities entities;
    private final LinkHeader links;

    public BlocksAndFavouritesRoutes(ApiAuth auth, MemberListsRepository lists, RemoteAccountRepository accounts,
                                     ApiEntities entities, LinkHeader links) {
        this.auth = auth;
        this.lists = lists;
        this.accounts = accounts;
        this.entities = entities;
        this.links = links;
    }

    public void mount(Router router) {
        router.get("/api/v1/blocks").handler(auth.user("read:blocks", "follow")).handler(this::blocks);
        router.get("/api/v1/favourites").handler(auth.user("read:favourites")).handler(this::favourites);
    }

    private void blocks(RoutingContext ctx) {
        Account member = ApiAuth.current(ctx).account();
        PageRequest request = ApiParams.page(RequestParams.of(ctx), 40, 80);
        lists.blockedAccountIds(member.id(), request)
                .compose(page -> accounts.findByIds(page.items())
                        .compose(found -> entities.accounts(ordered(page.items(), found), member))
                        .onSuccess(rendered -> {
                            links.set(ctx, page);
                            JsonAnswers.array(ctx, new JsonArray(new ArrayList<>(rendered)));
                        }))
                .onFailure(ctx::fail);
    }

    private void favourites(RoutingContext ctx) {
        Account member = ApiAuth.current(ctx).account();
        PageRequest request = ApiParams.page(RequestParams.of(ctx), 20, 40);
        lists.favouritedStatusIds(member.id(), request)
                .compose(page -> entities.statuses(page.items(), member).onSuccess(rendered -> {
                    JsonArray result = new JsonArray();
                    page.items().forEach(id -> {
                        if (rendered.containsKey(id)) {
                            result.add(rendered.get(id));
                        }
                    });
                    links.set(ctx, page);
                    JsonAnswers.array(ctx, result);
                }))
                .onFailure(ctx::fail);
    }

    private static List<Account> ordered(List<Long> ids, List<Account> found) {
        Map<Long, Account> byId = found.stream().collect(Collectors.toMap(Account::id, Function.identity()));
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }
}
