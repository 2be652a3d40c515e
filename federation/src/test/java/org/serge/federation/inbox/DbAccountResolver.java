package org.serge.federation.inbox;

import io.vertx.core.Future;
import org.serge.core.account.Account;
import org.serge.core.account.AccountResolver;
import org.serge.core.error.ServiceException;

/** Resolves only accounts already in the test database, as a resolver with a warm cache would. */
final class DbAccountResolver implements AccountResolver {

    private final AccountLookup accounts;

    DbAccountResolver(AccountLookup accounts) {
        this.accounts = accounts;
    }

    @Override
    public Future<Account> resolveUri(String uri) {
        return accounts.known(uri).compose(found -> found.isPresent() ? Future.succeededFuture(found.get())
                : Future.failedFuture(ServiceException.notFound("no such actor")));
    }

    @Override
    public Future<Account> resolveHandle(String username, String domain) {
        return Future.failedFuture(ServiceException.notFound("no such actor"));
    }
}
