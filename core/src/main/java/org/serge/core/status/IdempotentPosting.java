package org.serge.core.status;

import io.vertx.core.Future;
import org.serge.core.account.Account;
import org.serge.core.crypto.SecretTokens;
import org.serge.core.error.ServiceException;

/**
 * Posting with Mastodon's Idempotency-Key: the same key from the same account within an hour returns the status
 * the first request made instead of posting again. A second request arriving while the first is still posting
 * gets 409. A failed post frees its key.
 */
public final class IdempotentPosting {

    private static final int MAX_KEY_LENGTH = 512;

    private final StatusService statuses;
    private final StatusRepository repository;
    private final IdempotencyRepository keys;

    public IdempotentPosting(StatusService statuses, StatusRepository repository, IdempotencyRepository keys) {
        this.statuses = statuses;
        this.repository = repository;
        this.keys = keys;
    }

    /** Posts, or returns the earlier status for this key; {@code key} null or blank: an ordinary post. */
    public Future<Status> post(Account author, String key, PostRequest request) {
        if (key == null || key.isBlank()) {
            return statuses.post(author, request);
        }
        if (key.length() > MAX_KEY_LENGTH) {
            return Future.failedFuture(ServiceException.unprocessable("the Idempotency-Key is too long"));
        }
        byte[] hash = SecretTokens.sha256(key);
        return keys.claim(author.id(), hash).compose(claim -> {
            if (claim.reserved()) {
                return statuses.post(author, request)
                        .compose(status -> keys.complete(author.id(), hash, status.id()).map(status))
                        .recover(error -> keys.release(author.id(), hash).transform(v -> Future.failedFuture(error)));
            }
            if (claim.statusId() == null) {
                return Future.failedFuture(ServiceException.conflict(
                        "a request with this Idempotency-Key is still being processed"));
            }
            return repository.findById(claim.statusId()).compose(found -> found.isPresent()
                    ? Future.succeededFuture(found.get())
                    : Future.failedFuture(ServiceException.notFound("no such status")));
        });
    }
}
