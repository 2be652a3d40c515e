package org.serge.federation.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;
import org.serge.core.account.RemoteActor;
import org.serge.core.account.RemoteKey;
import org.serge.federation.vocab.Actor;
import org.serge.federation.vocab.PublicKey;
import org.serge.federation.vocab.VerificationMethod;

/** Maps an actor document sent in an Update by the actor itself onto the stored remote account. */
final class ActorUpdates {

    private ActorUpdates() {
    }

    /** The refreshed actor; {@code keptKeys} stand in when the document lists no key of its own. */
    static RemoteActor remoteActor(Actor actor, Account stored, List<RemoteKey> keptKeys) {
        List<RemoteKey> keys = new ArrayList<>();
        for (PublicKey key : actor.publicKeys()) {
            if (key.id() != null && key.publicKeyPem() != null
                    && (key.owner() == null || Objects.equals(key.owner(), actor.id()))) {
                keys.add(new RemoteKey(key.id(), RemoteKey.RSA, key.publicKeyPem()));
            }
        }
        for (VerificationMethod method : actor.assertionMethods()) {
            if (method.isMultikey() && method.id() != null && method.publicKeyMultibase() != null) {
                keys.add(new RemoteKey(method.id(), RemoteKey.ED25519, method.publicKeyMultibase()));
            }
        }
        String username = actor.preferredUsername() != null ? actor.preferredUsername() : stored.username();
        return new RemoteActor(actor.id(), username, stored.domain(), ActorType.parse(actor.type()),
                actor.name(), actor.summary(), actor.manuallyApprovesFollowers(), actor.inbox(), actor.sharedInbox(),
                actor.outbox(), actor.followers(), actor.following(), actor.featured(),
                actor.url().isEmpty() ? null : actor.url().get(0).href(),
                actor.icon() == null ? null : actor.icon().href(), actor.movedTo(), actor.alsoKnownAs(),
                actor.discoverable(), keys.isEmpty() ? keptKeys : keys);
    }
}
