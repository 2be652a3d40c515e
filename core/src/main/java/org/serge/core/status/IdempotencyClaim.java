package org.serge.core.status;

/**
 * The outcome of claiming an Idempotency-Key: reserved (this request posts), or taken by an earlier request,
 * whose status id is null while it is still posting.
 */
public record IdempotencyClaim(boolean reserved, Long statusId) {
}
