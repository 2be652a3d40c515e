package org.serge.core.status.scheduled;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.serge.core.timeline.Page;

/** SQL over scheduled_statuses. */
public final class ScheduledStatusRepository {

    private static final String COLUMNS = "id, account_id, scheduled_at, params";

    private final Pool pool;

    public ScheduledStatusRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Stores a scheduled status unless the account already has {@code max} of them (then empty), or returns the
     * one stored earlier with the same idempotency key (null: none).
     */
    public Future<Optional<ScheduledStatus>> insert(ScheduledStatus scheduled, byte[] keyHash, int max) {
        Buffer key = keyHash == null ? null : Buffer.buffer(keyHash);
        Future<Optional<ScheduledStatus>> earlier = key == null ? Future.succeededFuture(Optional.empty())
                : pool.preparedQuery("SELECT " + COLUMNS + " FROM scheduled_statuses WHERE account_id = $1"
                        + " AND idempotency_key = $2").execute(Tuple.of(scheduled.accountId(), key)).map(this::first);
        return earlier.compose(found -> found.isPresent() ? Future.succeededFuture(found) : pool.preparedQuery(
                        "INSERT INTO scheduled_statuses (id, account_id, scheduled_at, params, idempotency_key)"
                                + " SELECT $1, $2, $3, $4, $5 WHERE (SELECT count(*) FROM scheduled_statuses"
                                + " WHERE account_id = $2) < $6 ON CONFLICT DO NOTHING RETURNING " + COLUMNS)
                .execute(Tuple.of(scheduled.id(), scheduled.accountId(), scheduled.scheduledAt(),
                        ScheduledParams.toJson(scheduled.request()), key, max))
                .compose(rows -> rows.size() > 0 || key == null ? Future.succeededFuture(first(rows))
                        // a concurrent request with the same key won the insert
                        : pool.preparedQuery("SELECT " + COLUMNS + " FROM scheduled_statuses WHERE account_id = $1"
                                + " AND idempotency_key = $2").execute(Tuple.of(scheduled.accountId(), key))
                        .map(this::first)));
    }

    public Future<Optional<ScheduledStatus>> find(long accountId, long id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM scheduled_statuses WHERE id = $1 AND account_id = $2")
                .execute(Tuple.of(id, accountId)).map(this::first);
    }

    /** A page of the account's scheduled statuses, newest id first (Mastodon pages them by id). */
    public Future<List<ScheduledStatus>> page(long accountId, Page page) {
        String order = page.ascending() ? "ASC" : "DESC";
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM scheduled_statuses WHERE account_id = $1"
                        + " AND ($2::bigint IS NULL OR id < $2) AND ($3::bigint IS NULL OR id > $3)"
                        + " ORDER BY id " + order + " LIMIT $4")
                .execute(Tuple.of(accountId, page.maxId(), page.lowerBound(), page.limit()))
                .map(rows -> {
                    List<ScheduledStatus> list = new ArrayList<>();
                    rows.forEach(row -> list.add(map(row)));
                    if (page.ascending()) {
                        Collections.reverse(list);
                    }
                    return list;
                });
    }

    public Future<Optional<ScheduledStatus>> reschedule(long accountId, long id, OffsetDateTime at) {
        return pool.preparedQuery("UPDATE scheduled_statuses SET scheduled_at = $3 WHERE id = $1 AND account_id = $2"
                        + " RETURNING " + COLUMNS)
                .execute(Tuple.of(id, accountId, at)).map(this::first);
    }

    public Future<Boolean> delete(long accountId, long id) {
        return pool.preparedQuery("DELETE FROM scheduled_statuses WHERE id = $1 AND account_id = $2")
                .execute(Tuple.of(id, accountId)).map(rows -> rows.rowCount() > 0);
    }

    /**
     * Claims one due row inside {@code tx}: the row stays locked (skipped by other workers) until the transaction
     * ends, in which the caller publishes it and deletes it.
     */
    public Future<Optional<ScheduledStatus>> claimDue(SqlClient tx, OffsetDateTime now) {
        return tx.preparedQuery("SELECT " + COLUMNS + " FROM scheduled_statuses WHERE scheduled_at <= $1"
                        + " ORDER BY scheduled_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .execute(Tuple.of(now)).map(this::first);
    }

    public Future<Void> delete(SqlClient tx, long id) {
        return tx.preparedQuery("DELETE FROM scheduled_statuses WHERE id = $1").execute(Tuple.of(id)).mapEmpty();
    }

    public Pool pool() {
        return pool;
    }

    private Optional<ScheduledStatus> first(io.vertx.sqlclient.RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(map(rows.iterator().next()));
    }

    private ScheduledStatus map(Row row) {
        Object params = row.getValue("params");
        JsonObject json = params instanceof JsonObject o ? o : new JsonObject(String.valueOf(params));
        return new ScheduledStatus(row.getLong("id"), row.getLong("account_id"),
                row.getOffsetDateTime("scheduled_at"), ScheduledParams.fromJson(json));
    }
}
