package org.serge.core.marker;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** SQL over the markers table. */
public final class MarkerRepository {

    private final Pool pool;

    public MarkerRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<List<Marker>> find(long accountId, Collection<String> timelines) {
        return pool.preparedQuery("SELECT timeline, last_read_id, version, updated_at FROM markers"
                        + " WHERE account_id = $1 AND timeline = ANY($2) ORDER BY timeline")
                .execute(Tuple.of(accountId, (Object) timelines.toArray(new String[0])))
                .map(rows -> {
                    List<Marker> markers = new ArrayList<>();
                    rows.forEach(row -> markers.add(marker(row)));
                    return markers;
                });
    }

    /** Saves a position; an unchanged position keeps its version, as Mastodon's does. */
    public Future<Marker> save(long accountId, String timeline, long lastReadId) {
        return pool.preparedQuery("INSERT INTO markers (account_id, timeline, last_read_id) VALUES ($1, $2, $3)"
                        + " ON CONFLICT (account_id, timeline) DO UPDATE SET last_read_id = EXCLUDED.last_read_id,"
                        + " version = markers.version + CASE WHEN markers.last_read_id = EXCLUDED.last_read_id"
                        + " THEN 0 ELSE 1 END, updated_at = now()"
                        + " RETURNING timeline, last_read_id, version, updated_at")
                .execute(Tuple.of(accountId, timeline, lastReadId))
                .map(rows -> marker(rows.iterator().next()));
    }

    private static Marker marker(Row row) {
        return new Marker(row.getString("timeline"), row.getLong("last_read_id"), row.getInteger("version"),
                row.getOffsetDateTime("updated_at"));
    }
}
