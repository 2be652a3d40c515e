package org.serge.web.api.conversations;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.account.Account;
import org.serge.core.conversation.ConversationService;
import org.serge.core.timeline.Page;
import org.serge.web.api.ApiParams;
import org.serge.web.api.LinkHeader;
import org.serge.web.api.Replies;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.RequestParams;

/**
 * Direct conversations: {@code GET /api/v1/conversations} (read:statuses; Conversation[], newest status first, paged
 * by the id of each conversation's newest status through Link), {@code POST /api/v1/conversations/:id/read} (the
 * Conversation) and {@code DELETE /api/v1/conversations/:id} ({}), both write:conversations. Another member's
 * conversation is a 404.
 */
public final class ConversationRoutes {

    private final ApiAuth auth;
    private final ConversationService conversations;
    private final ConversationEntities entities;
    private final String base;

    public ConversationRoutes(ApiAuth auth, ConversationService conversations, ConversationEntities entities,
                              String base) {
        this.auth = auth;
        this.conversations = conversations;
        this.entities = entities;
        this.base = base;
    }

    public void mount(Router router) {
        router.get("/api/v1/conversations").handler(auth.user("read:statuses"))
                .handler(ctx -> Replies.json(ctx, this::list));
        router.post("/api/v1/conversations/:id/read").handler(auth.user("write:conversations"))
                .handler(ctx -> Replies.json(ctx, c -> conversations.read(me(c), ApiParams.pathId(c, "id"))
                        .compose(found -> entities.render(found, me(c)))));
        router.delete("/api/v1/conversations/:id").handler(auth.user("write:conversations"))
                .handler(ctx -> Replies.json(ctx, c -> conversations.remove(me(c), ApiParams.pathId(c, "id"))
                        .map(v -> new JsonObject())));
    }

    private Future<JsonArray> list(RoutingContext ctx) {
        Account me = me(ctx);
        Page page = ApiParams.page(RequestParams.of(ctx));
        return conversations.list(me, page).compose(result -> {
            LinkHeader.set(ctx, base, result.newestKey(), result.oldestKey());
            return entities.render(result.items(), me);
        }).map(JsonArray::new);
    }

    private static Account me(RoutingContext ctx) {
        return ApiAuth.current(ctx).account();
    }
}
