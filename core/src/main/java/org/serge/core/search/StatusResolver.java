package org.serge.core.search;

import io.vertx.core.Future;
import java.util.Optional;

/**
 * Finds a status by its address on another server: fetched (signed) from its origin and stored when this node
 * does not have it yet. Empty when the address is not a status that can be had; never fails for a remote reason.
 */
public interface StatusResolver {

    Future<Optional<Long>> resolve(String address);

    StatusResolver NONE = address -> Future.succeededFuture(Optional.empty());
}
