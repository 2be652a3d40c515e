package org.serge.core.account;

import io.vertx.core.Future;

/**
 * Finds the account behind an ActivityPub id or a user@host handle, fetching and storing remote actors as
 * needed. Local ids and handles resolve to local accounts. Fails with a ServiceException (404 when there is no
 * such actor or it cannot be fetched, 403 when its domain is blocked).
 */
public interface AccountResolver {

    Future<Account> resolveUri(String uri);

    Future<Account> resolveHandle(String username, String domain);
}
