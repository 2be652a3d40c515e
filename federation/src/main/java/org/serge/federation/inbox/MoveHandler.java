package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Objects;
import org.serge.core.account.Account;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.error.ServiceException;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.Actor;

/**
 * Move of the actor to a new account: recorded only when the new account, as its own origin serves it, lists
 * the old one in alsoKnownAs. Follows are not moved here.
 */
public final class MoveHandler implements ActivityHandler {

    private final AccountResolver resolver;
    private final TrustedObjects objects;
    private final RemoteAccountRepository remoteAccounts;

    public MoveHandler(AccountResolver resolver, TrustedObjects objects, RemoteAccountRepository remoteAccounts) {
        this.resolver = resolver;
        this.objects = objects;
        this.remoteAccounts = remoteAccounts;
    }

    @Override
    public Future<Void> handle(InboxContext ctx, Activity activity, JsonObject raw) {
        Account actor = ctx.actor();
        String targetUri = activity.target() == null ? null : activity.target().id();
        if (targetUri == null || actor.uri() == null || !Objects.equals(activity.objectId(), actor.uri())
                || targetUri.equals(actor.uri())) {
            return Future.succeededFuture();
        }
        return resolver.resolveUri(targetUri)
                .compose(target -> objects.fetch(targetUri))
                .compose(document -> {
                    boolean confirmed = document.isPresent() && document.get().entity() instanceof Actor target
                            && targetUri.equals(target.id()) && target.alsoKnownAs().contains(actor.uri());
                    return confirmed ? remoteAccounts.recordMove(actor.id(), targetUri) : Future.<Void>succeededFuture();
                })
                .recover(e -> e instanceof ServiceException service && service.status() < 500
                        ? Future.succeededFuture() : Future.failedFuture(e));
    }
}
