package org.serge.federation.inbox;

import io.vertx.core.Future;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.LocalActor;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;

/** Finds accounts this node already knows by ActivityPub id, without fetching anything. */
public final class AccountLookup {

    private final LocalUris uris;
    private final AccountRepository accounts;
    private final RemoteAccountRepository remoteAccounts;

    public AccountLookup(LocalUris uris, AccountRepository accounts, RemoteAccountRepository remoteAccounts) {
        this.uris = uris;
        this.accounts = accounts;
        this.remoteAccounts = remoteAccounts;
    }

    /** The local account whose actor id this is; a fragment (as in our Follow ids) is ignored. */
    public Future<Optional<Account>> local(String uri) {
        return localUsername(uri)
                .map(name -> accounts.findLocalActor(name).map(actor -> actor.map(LocalActor::account)))
                .orElseGet(() -> Future.succeededFuture(Optional.empty()));
    }

    /** A local account, or a remote one stored before. */
    public Future<Optional<Account>> known(String uri) {
        if (uri == null) {
            return Future.succeededFuture(Optional.empty());
        }
        return local(uri).compose(local -> local.isPresent()
                ? Future.succeededFuture(local)
                : remoteAccounts.findByUri(uri));
    }

    public boolean isLocal(String uri) {
        return uri != null && (uri.equals(uris.base()) || uri.startsWith(uris.base() + "/"));
    }

    private Optional<String> localUsername(String uri) {
        String prefix = uris.base() + "/users/";
        if (uri == null || !uri.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = uri.substring(prefix.length());
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        if (rest.isEmpty() || rest.contains("/") || rest.contains("?")) {
            return Optional.empty();
        }
        return Optional.of(rest);
    }
}
