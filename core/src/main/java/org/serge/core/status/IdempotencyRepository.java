package org.serge.core.status;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;

/** SQL over idempotency_keys: keys live one hour. */
public final class IdempotencyRepository {

    private final Pool pool;

    public IdempotencyRepository(Pool pool) {
        this.pool = pool;
    }

    /** Reserves the key for this account, or returns what an earlier request within the hour made of it. */
    public Future<IdempotencyClaim> claim(long accountId, byte[] keyHash) {
        return pool.withTransaction(tx -> tx.preparedQuery("DELETE FROM idempotency_keys WHERE account_id = $1"
                                + " AND key_hash = $2 AND created_at < now() - interval '1 hour'")
                        .execute(Tuple.of(accountId, io.vertx.core.buffer.Buffer.buffer(keyHash)))
                        .compose(r -> tx.preparedQuery("INSERT INTO idempotency_keys (account_id, key_hash)"
                                        + " VALUES ($1, $2) ON CONFLICT DO NOTHING")
                                .execute(Tuple.of(accountId, io.vertx.core.buffer.Buffer.buffer(keyHash))))
                        .compose(inserted -> inserted.rowCount() > 0
                                ? Future.succeededFuture(new IdempotencyClaim(true, null))
                                : tx.preparedQuery("SELECT status_id FROM idempotency_keys WHERE account_id = $1"
                                                + " AND key_hash = $2")
                                        .execute(Tuple.of(accountId, io.vertx.core.buffer.Buffer.buffer(keyHash)))
                                        .map(rows -> new IdempotencyClaim(false, rows.size() == 0 ? null
                                                : rows.iterator().next().getLong(0)))));
    }

    public Future<Void> complete(long accountId, byte[] keyHash, long statusId) {
        return pool.preparedQuery("UPDATE idempotency_keys SET status_id = $3 WHERE account_id = $1 AND key_hash = $2")
                .execute(Tuple.of(accountId, io.vertx.core.buffer.Buffer.buffer(keyHash), statusId))
                .mapEmpty();
    }

    /** Frees a key whose request failed, so that the client may retry with it. */
    public Future<Void> release(long accountId, byte[] keyHash) {
        return pool.preparedQuery("DELETE FROM idempotency_keys WHERE account_id = $1 AND key_hash = $2"
                        + " AND status_id IS NULL")
                .execute(Tuple.of(accountId, io.vertx.core.buffer.Buffer.buffer(keyHash)))
                .mapEmpty();
    }

    /** Drops keys older than an hour (called now and then; claims ignore stale keys anyway). */
    public Future<Void> purgeExpired() {
        return pool.query("DELETE FROM idempotency_keys WHERE created_at < now() - interval '1 hour'").execute()
                .mapEmpty();
    }
}
