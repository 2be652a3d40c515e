package org.serge.federation.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import org.serge.core.account.Account;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.pledge.Pledge;
import org.serge.core.solidarity.vocab.PledgeVisibility;
import org.serge.federation.outgoing.ActorIds;

/**
 * A member's pledge served at its own id, {@code https://DOMAIN/users/NAME/pledges/ID}: the Note the call's
 * author received, newly signed by the pledger (FEP-8b32), so that it verifies as it stands. Who gets it follows
 * the pledger's choice: a public pledge is served to anyone; a caller-only or count-only pledge only to a request
 * signed by the server of the call's author, which it was sent to anyway. To everyone else, and for a call on
 * this node (whose author needs no fetch), such a pledge does not exist: 404, as for an id never used, so that
 * neither the pledger nor the pledge's existence leaks. Nothing is ever served without its author: a proof
 * covers attributedTo, so a Note without it could not verify.
 */
public final class PledgeObjects {

    private final SolidarityServices services;
    private final AccountRepository localAccounts;
    private final RemoteAccountRepository accounts;
    private final LocalUris uris;
    private final ActorIds ids;

    public PledgeObjects(SolidarityServices services, AccountRepository localAccounts,
                         RemoteAccountRepository accounts, LocalUris uris) {
        this.services = services;
        this.localAccounts = localAccounts;
        this.accounts = accounts;
        this.uris = uris;
        this.ids = new ActorIds(uris);
    }

    /** The signed pledge; {@code signer} is the verified actor that signed the request, or null. */
    public Future<JsonObject> pledge(String username, long id, Account signer) {
        String objectUri = uris.actor(username) + "/pledges/" + id;
        return services.pledges().byObjectUri(objectUri).compose(found -> {
            if (found.isEmpty() || found.get().node() != null) {
                return notFound();
            }
            Pledge p = found.get();
            return services.calls().get(p.callId()).compose(call -> accounts.findById(call.accountId())
                    .compose(author -> {
                        if (author.isEmpty() || !allowed(p, author.get(), signer)) {
                            return notFound();
                        }
                        return localAccounts.findLocalActorById(p.accountId()).compose(pledger -> {
                            if (pledger.isEmpty() || !pledger.get().account().username().equals(username)) {
                                return notFound();
                            }
                            String pledgerId = ids.id(pledger.get().account());
                            return Future.succeededFuture(SolidarityObjects.sign(SolidarityObjects.pledge(p, call,
                                    pledgerId, ids.id(author.get())), pledgerId,
                                    pledger.get().keys().ed25519Private()));
                        });
                    }));
        });
    }

    private static boolean allowed(Pledge p, Account callAuthor, Account signer) {
        if (p.visibility() == PledgeVisibility.PUBLIC) {
            return true;
        }
        return signer != null && !callAuthor.isLocal() && callAuthor.domain() != null
                && callAuthor.domain().equalsIgnoreCase(signer.domain());
    }

    private static <T> Future<T> notFound() {
        return Future.failedFuture(ServiceException.notFound("no such pledge"));
    }
}
