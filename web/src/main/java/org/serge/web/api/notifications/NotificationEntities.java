package org.serge.web.api.notifications;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.core.notification.Notification;
import org.serge.core.notification.NotificationTypes;
import org.serge.web.api.entity.ApiTimes;
import org.serge.web.api.misc.ApiEntities;

/** Mastodon Notification entities, for the notification routes and the streaming API alike. */
public final class NotificationEntities {

    private final ApiEntities entities;

    public NotificationEntities(ApiEntities entities) {
        this.entities = entities;
    }

    /** Renders notifications with their accounts and statuses, loaded in two batches. */
    public Future<List<JsonObject>> render(List<Notification> found, Account member) {
        if (found.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        Set<Long> accountIds = new LinkedHashSet<>();
        List<Long> statusIds = new ArrayList<>();
        found.forEach(n -> {
            accountIds.add(n.fromAccountId());
            if (n.statusId() != null && NotificationTypes.hasStatus(n.type())) {
                statusIds.add(n.statusId());
            }
        });
        Future<Map<Long, JsonObject>> renderedAccounts = entities.accounts(new ArrayList<>(accountIds));
        // the member wrote or was mentioned in these statuses; a followers-only one they lost sight of stays hidden
        Future<Map<Long, JsonObject>> renderedStatuses = entities.statuses(statusIds.stream().distinct().toList(),
                member, true);
        return Future.all(renderedAccounts, renderedStatuses).map(done -> {
            List<JsonObject> result = new ArrayList<>();
            for (Notification n : found) {
                JsonObject account = renderedAccounts.result().get(n.fromAccountId());
                boolean withStatus = NotificationTypes.hasStatus(n.type());
                JsonObject status = withStatus && n.statusId() != null
                        ? renderedStatuses.result().get(n.statusId()) : null;
                if (account == null || (withStatus && status == null)) {
                    continue;
                }
                JsonObject json = new JsonObject()
                        .put("id", String.valueOf(n.id()))
                        .put("type", n.type())
                        .put("created_at", ApiTimes.time(n.createdAt()))
                        .put("group_key", "ungrouped-" + n.id())
                        .put("account", account);
                if (withStatus) {
                    json.put("status", status);
                }
                result.add(json);
            }
            return result;
        });
    }
}
