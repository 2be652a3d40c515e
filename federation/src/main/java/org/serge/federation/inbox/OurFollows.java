package org.serge.federation.inbox;

import io.vertx.core.Future;
import java.util.Optional;
import org.serge.core.account.Account;
import org.serge.federation.vocab.Activity;

/**
 * Finds the local follower of a Follow we sent that a remote actor answers (Accept, Reject). The answer names
 * our Follow by its id, a fragment of our actor's id, or embeds it; either way its target must be the actor
 * that answers.
 */
final class OurFollows {

    private final AccountLookup accounts;

    OurFollows(AccountLookup accounts) {
        this.accounts = accounts;
    }

    Future<Optional<Account>> localFollower(Activity answer, Account answering) {
        if (answer.object() == null) {
            return Future.succeededFuture(Optional.empty());
        }
        Optional<Activity> embedded = answer.object().asActivity();
        if (embedded.isPresent()) {
            Activity follow = embedded.get();
            if (!"Follow".equals(follow.type()) || !java.util.Objects.equals(answering.uri(), follow.objectId())) {
                return Future.succeededFuture(Optional.empty());
            }
            return accounts.local(follow.actorId());
        }
        return accounts.local(answer.objectId());
    }
}
