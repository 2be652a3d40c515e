package org.serge.federation.inbox;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Group commit for inbox_activities: while {@link #MAX_STATEMENTS} inserts are in flight, new receipts wait and the
 * next statement takes all of them (up to {@link #MAX_ROWS}) as one multi-row {@code INSERT ... ON CONFLICT DO
 * NOTHING RETURNING}. At low load every receipt goes alone at once (no added latency); under load the batches grow
 * by themselves, so that the database sees a few statements per millisecond instead of one per request.
 *
 * <p>Each waiter's future completes after the statement that holds its row committed, on the Vert.x context it
 * called from. Two receipts of one activity id in one batch: the first may be stored, the second is a duplicate.
 * A batch that fails is retried row by row, so that one bad row fails only its own request.
 */
final class InboxInserts {

    static final int MAX_ROWS = 64;
    static final int MAX_STATEMENTS = 4;

    private static final String SINGLE = "INSERT INTO inbox_activities (activity_id, actor_uri, type, payload)"
            + " VALUES ($1, $2, $3, $4::text::jsonb) ON CONFLICT (activity_id) DO NOTHING";

    private static final String BATCH = "INSERT INTO inbox_activities (activity_id, actor_uri, type, payload)"
            + " SELECT i, a, t, p::jsonb FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS r(i, a, t, p)"
            + " ON CONFLICT (activity_id) DO NOTHING RETURNING activity_id";

    private record Waiter(String activityId, String actorUri, String type, String payload, Context context,
                          Promise<Boolean> promise) {

        void complete(AsyncResult<Boolean> result) {
            if (context == null || context == Vertx.currentContext()) {
                promise.handle(result);
            } else {
                context.runOnContext(v -> promise.handle(result));
            }
        }
    }

    private final Pool pool;
    private final ArrayDeque<Waiter> queue = new ArrayDeque<>();
    private int statements;

    InboxInserts(Pool pool) {
        this.pool = pool;
    }

    Future<Boolean> insert(String activityId, String actorUri, String type, String payload) {
        Waiter waiter = new Waiter(activityId, actorUri, type, payload, Vertx.currentContext(), Promise.promise());
        List<Waiter> batch = null;
        synchronized (this) {
            queue.add(waiter);
            if (statements < MAX_STATEMENTS) {
                statements++;
                batch = take();
            }
        }
        if (batch != null) {
            send(batch);
        }
        return waiter.promise().future();
    }

    private List<Waiter> take() {
        List<Waiter> batch = new ArrayList<>(Math.min(queue.size(), MAX_ROWS));
        while (!queue.isEmpty() && batch.size() < MAX_ROWS) {
            batch.add(queue.poll());
        }
        return batch;
    }

    private void send(List<Waiter> batch) {
        Future<Void> done;
        try {
            done = batch.size() == 1 ? single(batch.get(0)) : many(batch);
        } catch (RuntimeException e) {
            batch.forEach(w -> w.complete(Future.failedFuture(e)));
            done = Future.succeededFuture();
        }
        done.onComplete(ignored -> {
            List<Waiter> next;
            synchronized (this) {
                next = queue.isEmpty() ? null : take();
                if (next == null) {
                    statements--;
                }
            }
            if (next != null) {
                send(next);
            }
        });
    }

    private Future<Void> single(Waiter waiter) {
        return pool.preparedQuery(SINGLE)
                .execute(Tuple.of(waiter.activityId(), waiter.actorUri(), waiter.type(), waiter.payload()))
                .map(rows -> rows.rowCount() > 0)
                .andThen(waiter::complete)
                .<Void>mapEmpty()
                .recover(e -> Future.succeededFuture());
    }

    private Future<Void> many(List<Waiter> batch) {
        // the first waiter of each id carries the row; later ones of the same id are duplicates by definition
        Map<String, Waiter> first = new HashMap<>();
        List<Waiter> rows = new ArrayList<>(batch.size());
        for (Waiter waiter : batch) {
            if (first.putIfAbsent(waiter.activityId(), waiter) == null) {
                rows.add(waiter);
            }
        }
        String[] ids = new String[rows.size()];
        String[] actors = new String[rows.size()];
        String[] types = new String[rows.size()];
        String[] payloads = new String[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Waiter waiter = rows.get(i);
            ids[i] = waiter.activityId();
            actors[i] = waiter.actorUri();
            types[i] = waiter.type();
            payloads[i] = waiter.payload();
        }
        return pool.preparedQuery(BATCH)
                .execute(Tuple.of(ids, actors, types, payloads))
                .transform(result -> {
                    if (result.failed()) {
                        // one row the database refuses must not fail the others: try each alone
                        return Future.all(batch.stream().map(this::single).toList()).mapEmpty();
                    }
                    Set<String> inserted = insertedIds(result.result());
                    for (Waiter waiter : batch) {
                        boolean stored = first.get(waiter.activityId()) == waiter
                                && inserted.contains(waiter.activityId());
                        waiter.complete(Future.succeededFuture(stored));
                    }
                    return Future.succeededFuture();
                });
    }

    private static Set<String> insertedIds(RowSet<Row> rows) {
        Set<String> ids = new HashSet<>();
        for (Row row : rows) {
            ids.add(row.getString(0));
        }
        return ids;
    }
}
