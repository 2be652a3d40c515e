package org.serge.federation.solidarity;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The few lookups federation needs over the solidarity tables: which report or call a status carries, signed objects. */
public final class SolidarityStore {

    /** What a status is linked to. */
    public record Link(String kind, String uri) {
    }

    private final Pool pool;

    public SolidarityStore(Pool pool) {
        this.pool = pool;
    }

    public Future<Optional<Link>> byStatusId(long statusId) {
        return pool.preparedQuery("SELECT 'report', uri FROM struggle_reports WHERE status_id = $1"
                        + " UNION ALL SELECT 'call', uri FROM solidarity_calls WHERE status_id = $1")
                .execute(Tuple.of(statusId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(link(rows.iterator().next())));
    }

    /** The object a remote status was received as, when it carries a proof (to forward it byte-exact). */
    public Future<Optional<JsonObject>> signedObject(long statusId) {
        return pool.preparedQuery("SELECT ap_object::text FROM statuses WHERE id = $1 AND NOT local")
                .execute(Tuple.of(statusId)).map(rows -> {
                    if (rows.size() == 0 || rows.iterator().next().getString(0) == null) {
                        return Optional.empty();
                    }
                    try {
                        JsonObject json = new JsonObject(rows.iterator().next().getString(0));
                        return json.containsKey("proof") ? Optional.of(json) : Optional.empty();
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                });
    }

    public Future<Void> savePledgeObject(String objectUri, String json) {
        return pool.preparedQuery("UPDATE pledges SET ap_object = $2 WHERE object_uri = $1")
                .execute(Tuple.of(objectUri, json)).mapEmpty();
    }

    /** Signed pledge objects of a call by pledge id. */
    public Future<Map<Long, String>> pledgeObjects(long callId) {
        return pool.preparedQuery("SELECT id, ap_object FROM pledges WHERE call_id = $1 AND ap_object IS NOT NULL")
                .execute(Tuple.of(callId)).map(rows -> {
                    Map<Long, String> out = new HashMap<>();
                    rows.forEach(row -> out.put(row.getLong(0), row.getString(1)));
                    return out;
                });
    }

    private static Link link(Row row) {
        return new Link(row.getString(0), row.getString(1));
    }
}
