package org.serge.core.solidarity.pledge;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.core.solidarity.vocab.PledgeSource;
import org.serge.core.solidarity.vocab.PledgeVisibility;
import org.serge.core.solidarity.vocab.Vocabulary;

/**
 * SQL over pledges. Listing a call's pledges with their pledgers is package-private: {@code PledgeService}'s
 * views are the only way out, so that nobody lists pledgers around their chosen visibility.
 */
public final class PledgeRepository {

    private static final String COLUMNS = "p.id, p.call_id, p.account_id, p.node, p.country, p.asks::text AS asks_json,"
            + " p.visibility, p.source, p.object_uri, p.created_at, p.updated_at";

    private final Pool pool;

    public PledgeRepository(Pool pool) {
        this.pool = pool;
    }

    Future<Optional<Pledge>> findLive(SqlClient tx, long callId, long accountId) {
        return tx.preparedQuery("SELECT " + COLUMNS + " FROM pledges p WHERE p.call_id = $1 AND p.account_id = $2")
                .execute(Tuple.of(callId, accountId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(pledge(rows.iterator().next())));
    }

    Future<Optional<Pledge>> findByObjectUri(SqlClient client, String uri) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM pledges p WHERE p.object_uri = $1")
                .execute(Tuple.of(uri))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(pledge(rows.iterator().next())));
    }

    /** Stores the actor's live pledge to the call, replacing the one they had (which keeps its creation time). */
    Future<Void> upsert(SqlClient tx, Pledge p) {
        return tx.preparedQuery("INSERT INTO pledges (id, call_id, account_id, node, country, asks, visibility, source,"
                        + " object_uri, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8,"
                        + " $9, $10, $11) ON CONFLICT (call_id, account_id) DO UPDATE SET id = EXCLUDED.id,"
                        + " node = EXCLUDED.node, country = EXCLUDED.country, asks = EXCLUDED.asks,"
                        + " visibility = EXCLUDED.visibility, source = EXCLUDED.source,"
                        + " object_uri = EXCLUDED.object_uri, updated_at = EXCLUDED.updated_at")
                .execute(Tuple.from(new Object[]{p.id(), p.callId(), p.accountId(), p.node(), p.country(),
                        asksJson(p.asks()), p.visibility().wireName(), p.source().wireName(), p.objectUri(),
                        p.createdAt(), p.updatedAt()}))
                .mapEmpty();
    }

    Future<Boolean> delete(SqlClient tx, long callId, long accountId) {
        return tx.preparedQuery("DELETE FROM pledges WHERE call_id = $1 AND account_id = $2")
                .execute(Tuple.of(callId, accountId)).map(rows -> rows.rowCount() > 0);
    }

    Future<Boolean> deleteById(SqlClient tx, long id) {
        return tx.preparedQuery("DELETE FROM pledges WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.rowCount() > 0);
    }

    Future<List<Pledge>> forCall(SqlClient client, long callId) {
        return client.preparedQuery("SELECT " + COLUMNS + " FROM pledges p WHERE p.call_id = $1 ORDER BY p.id")
                .execute(Tuple.of(callId))
                .map(rows -> {
                    List<Pledge> pledges = new ArrayList<>();
                    rows.forEach(row -> pledges.add(pledge(row)));
                    return pledges;
                });
    }

    Future<List<Pledger>> pledgers(long callId) {
        return pool.preparedQuery("SELECT " + COLUMNS + ", a.username, a.domain, a.display_name, a.uri"
                        + " FROM pledges p JOIN accounts a ON a.id = p.account_id WHERE p.call_id = $1 ORDER BY p.id")
                .execute(Tuple.of(callId))
                .map(rows -> {
                    List<Pledger> pledgers = new ArrayList<>();
                    rows.forEach(row -> pledgers.add(new Pledger(pledge(row), row.getString("username"),
                            row.getString("domain"), row.getString("display_name"), row.getString("uri"))));
                    return pledgers;
                });
    }

    /** Mirrors the tally into the call's poll, so Mastodon clients show the counts. */
    Future<Void> updatePoll(SqlClient tx, long statusId, List<Integer> votes, int voters) {
        return tx.preparedQuery("UPDATE polls SET votes = $2, voters_count = $3 WHERE status_id = $1")
                .execute(Tuple.of(statusId, votes.toArray(new Integer[0]), voters)).mapEmpty();
    }

    private static Pledge pledge(Row row) {
        List<PledgedAsk> asks = new ArrayList<>();
        new JsonArray(row.getString("asks_json")).forEach(o -> {
            JsonObject a = (JsonObject) o;
            asks.add(new PledgedAsk(a.getInteger("ask"),
                    a.getString("amount") == null ? null : new BigDecimal(a.getString("amount")),
                    a.getString("currency"), a.getInteger("people")));
        });
        return new Pledge(row.getLong("id"), row.getLong("call_id"), row.getLong("account_id"), row.getString("node"),
                row.getString("country"), asks, Vocabulary.stored(PledgeVisibility.class, row.getString("visibility")),
                Vocabulary.stored(PledgeSource.class, row.getString("source")), row.getString("object_uri"),
                row.getOffsetDateTime("created_at"), row.getOffsetDateTime("updated_at"));
    }

    private static String asksJson(List<PledgedAsk> asks) {
        JsonArray json = new JsonArray();
        asks.forEach(a -> json.add(new JsonObject().put("ask", a.ask())
                .put("amount", a.amount() == null ? null : a.amount().toPlainString())
                .put("currency", a.currency()).put("people", a.people())));
        return json.encode();
    }
}
