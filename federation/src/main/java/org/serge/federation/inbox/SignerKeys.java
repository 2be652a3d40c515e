package org.serge.federation.inbox;

import io.vertx.core.Future;

/**
 * The keys remote servers sign inbox requests with. {@link #key} may answer from a cache; {@link #refreshed}
 * fetches the key again (after a verification failure: the actor may have rotated it). Both fail with
 * {@link GoneActorException} when the key's actor answered 410 Gone.
 */
public interface SignerKeys {

    Future<SignerKey> key(String keyId);

    Future<SignerKey> refreshed(String keyId);
}
