package org.serge.web.api.conversations;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.conversation.Conversation;
import org.serge.web.api.misc.ApiEntities;

/**
 * Mastodon's Conversation entity: id, unread, accounts (the other participants; the member alone when they wrote
 * to themselves) and last_status, as the member sees it. A page is rendered with one batch of accounts and one of
 * statuses.
 */
public final class ConversationEntities {

    private final ApiEntities entities;

    public ConversationEntities(ApiEntities entities) {
        this.entities = entities;
    }

    public Future<List<JsonObject>> render(List<Conversation> conversations, Account member) {
        Set<Long> accountIds = new LinkedHashSet<>();
        List<Long> statusIds = new ArrayList<>();
        for (Conversation c : conversations) {
            accountIds.addAll(participants(c));
            if (c.lastStatusId() != null) {
                statusIds.add(c.lastStatusId());
            }
        }
        // the repository selected only statuses the member wrote or is mentioned in
        Future<Map<Long, JsonObject>> accounts = entities.accounts(new ArrayList<>(accountIds));
        Future<Map<Long, JsonObject>> statuses = entities.statuses(statusIds, member, false);
        return Future.all(accounts, statuses).map(done -> {
            List<JsonObject> out = new ArrayList<>();
            for (Conversation c : conversations) {
                JsonArray shown = new JsonArray();
                participants(c).forEach(id -> {
                    if (accounts.result().containsKey(id)) {
                        shown.add(accounts.result().get(id));
                    }
                });
                out.add(new JsonObject()
                        .put("id", String.valueOf(c.id()))
                        .put("unread", c.unread())
                        .put("accounts", shown)
                        .put("last_status", c.lastStatusId() == null ? null : statuses.result().get(c.lastStatusId())));
            }
            return out;
        });
    }

    public Future<JsonObject> render(Conversation conversation, Account member) {
        return render(List.of(conversation), member).map(all -> all.get(0));
    }

    private static List<Long> participants(Conversation c) {
        return c.participantIds().isEmpty() ? List.of(c.accountId()) : c.participantIds();
    }
}
