package org.serge.federation.inbox;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.serge.core.db.GroupCommit;

/**
 * Inserts into inbox_activities grouped by {@link GroupCommit}: under load, one multi-row {@code INSERT ... ON
 * CONFLICT DO NOTHING RETURNING} takes every receipt that arrived while {@link #MAX_STATEMENTS} were in flight.
 *
 * <p>Two receipts of one activity id in one batch: the first may be stored, the second is a duplicate. A batch
 * that fails is retried row by row, so that one bad row fails only its own request.
 */
final class InboxInserts {

    static final int MAX_ROWS = 128;
    static final int MAX_STATEMENTS = 4;

    private record Receipt(String activityId, String actorUri, String type, String payload) {
    }

    private static final String SINGLE = "INSERT INTO inbox_activities (activity_id, actor_uri, type, payload)"
            + " VALUES ($1, $2, $3, $4) ON CONFLICT (activity_id) DO NOTHING";

    private static final String BATCH = "INSERT INTO inbox_activities (activity_id, actor_uri, type, payload)"
            + " SELECT i, a, t, p FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS r(i, a, t, p)"
            + " ON CONFLICT (activity_id) DO NOTHING RETURNING activity_id";

    private final Pool pool;
    private final GroupCommit<Receipt, Boolean> commits;

    InboxInserts(Pool pool) {
        this.pool = pool;
        this.commits = new GroupCommit<>(MAX_STATEMENTS, MAX_ROWS, this::insertAll);
    }

    /** Whether the row was stored (false: an activity of that id is there already). */
    Future<Boolean> insert(String activityId, String actorUri, String type, String payload) {
        return commits.submit(new Receipt(activityId, actorUri, type, payload));
    }

    private Future<List<AsyncResult<Boolean>>> insertAll(List<Receipt> batch) {
        if (batch.size() == 1) {
            return rowByRow(batch);
        }
        String[] ids = new String[batch.size()];
        String[] actors = new String[batch.size()];
        String[] types = new String[batch.size()];
        String[] payloads = new String[batch.size()];
        for (int i = 0; i < batch.size(); i++) {
            Receipt receipt = batch.get(i);
            ids[i] = receipt.activityId();
            actors[i] = receipt.actorUri();
            types[i] = receipt.type();
            payloads[i] = receipt.payload();
        }
        return pool.preparedQuery(BATCH)
                .execute(Tuple.of(ids, actors, types, payloads))
                .map(rows -> {
                    Set<String> inserted = new HashSet<>();
                    for (Row row : rows) {
                        inserted.add(row.getString(0));
                    }
                    // the first receipt of each id carries the row; later ones of the same id are duplicates
                    List<AsyncResult<Boolean>> stored = new ArrayList<>(batch.size());
                    for (Receipt receipt : batch) {
                        stored.add(Future.succeededFuture(inserted.remove(receipt.activityId())));
                    }
                    return stored;
                })
                .recover(e -> rowByRow(batch));
    }

    /** One row the database refuses must not fail the others: each alone, a refused one failing alone. */
    private Future<List<AsyncResult<Boolean>>> rowByRow(List<Receipt> batch) {
        List<Future<Boolean>> each = batch.stream().map(this::single).toList();
        return Future.join(each).transform(ignored -> Future.succeededFuture(new ArrayList<AsyncResult<Boolean>>(each)));
    }

    private Future<Boolean> single(Receipt receipt) {
        return pool.preparedQuery(SINGLE)
                .execute(Tuple.of(receipt.activityId(), receipt.actorUri(), receipt.type(), receipt.payload()))
                .map(rows -> rows.rowCount() > 0);
    }
}
