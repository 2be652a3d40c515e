package org.serge.web.api.misc;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.serge.core.account.Account;
import org.serge.core.account.AccountViews;
import org.serge.core.status.Status;
import org.serge.core.status.StatusVisibilityPolicy;
import org.serge.core.timeline.StatusViews;
import org.serge.web.api.ApiModule;
import org.serge.web.api.entity.AccountEntity;
import org.serge.web.api.entity.StatusEntity;

/**
 * The one place where this module's routes turn accounts and statuses into Mastodon entities, through the client
 * API's shared batch loaders and renderers, so that every endpoint renders them alike.
 */
public final class ApiEntities {

    private final AccountViews accountViews;
    private final StatusViews statusViews;
    private final AccountEntity accountEntity;
    private final StatusEntity statusEntity;
    private final StatusVisibilityPolicy visibility;

    public ApiEntities(ApiModule api, StatusVisibilityPolicy visibility) {
        this.accountViews = api.accountViews();
        this.statusViews = api.statusViews();
        this.accountEntity = api.accountEntity();
        this.statusEntity = api.statusEntity();
        this.visibility = visibility;
    }

    /** The accounts with these ids, by id; unknown ids are left out. */
    public Future<Map<Long, JsonObject>> accounts(List<Long> ids) {
        return accountViews.load(ids).map(views -> {
            Map<Long, JsonObject> rendered = new HashMap<>();
            views.forEach((id, view) -> rendered.put(id, accountEntity.render(view)));
            return rendered;
        });
    }

    /** The accounts in the order given. */
    public Future<List<JsonObject>> accountsInOrder(List<Long> ids) {
        return accountViews.loadInOrder(ids).map(views -> views.stream().map(accountEntity::render).toList());
    }

    public Future<List<JsonObject>> accountsInOrder(Iterable<Account> accounts) {
        List<Long> ids = new ArrayList<>();
        accounts.forEach(account -> ids.add(account.id()));
        return accountsInOrder(ids);
    }

    /**
     * The statuses with these ids that the viewer may see, by id, as the viewer sees them (favourited, reblogged).
     * Callers that selected visible statuses already may skip the check.
     */
    public Future<Map<Long, JsonObject>> statuses(List<Long> ids, Account viewer, boolean checkVisibility) {
        if (ids.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        return statusViews.statuses(ids)
                .compose(found -> checkVisibility ? visibleOnly(found, viewer) : Future.succeededFuture(found))
                .compose(visible -> statusViews.load(visible, viewer == null ? null : viewer.id()))
                .map(views -> {
                    Map<Long, JsonObject> rendered = new HashMap<>();
                    views.forEach(view -> rendered.put(view.status().id(), statusEntity.render(view)));
                    return rendered;
                });
    }

    private Future<List<Status>> visibleOnly(List<Status> statuses, Account viewer) {
        List<Future<Boolean>> checks = statuses.stream().map(s -> visibility.visibleTo(s, viewer)).toList();
        return Future.all(checks).map(done -> {
            List<Status> visible = new ArrayList<>();
            for (int i = 0; i < statuses.size(); i++) {
                if (checks.get(i).result()) {
                    visible.add(statuses.get(i));
                }
            }
            return visible;
        });
    }
}
