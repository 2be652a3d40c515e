package org.serge.core.solidarity.call;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.serge.core.solidarity.vocab.AskType;
import org.serge.core.solidarity.vocab.CallState;
import org.serge.core.solidarity.vocab.Vocabulary;

/** SQL over solidarity calls. State changes are guarded in SQL, so a call leaves a state only once. */
public final class CallRepository {

    private static final String SELECT = "SELECT id, status_id, account_id, local, uri, report_id, title, description,"
            + " asks::text AS asks_json, deadline, min_pledges, min_nodes, min_countries, min_money, money_currency,"
            + " state, met_at, met_by_pledge_id, closed_at, created_at FROM solidarity_calls ";

    private final Pool pool;

    public CallRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Void> insert(SqlClient tx, SolidarityCall c) {
        CallCondition k = c.condition();
        return tx.preparedQuery("INSERT INTO solidarity_calls (id, status_id, account_id, local, uri, report_id, title,"
                        + " description, asks, deadline, min_pledges, min_nodes, min_countries, min_money,"
                        + " money_currency, state, met_at, met_by_pledge_id, closed_at, created_at) VALUES ($1, $2,"
                        + " $3, $4, $5, $6, $7, $8, $9::text::jsonb, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,"
                        + " $20)")
                .execute(Tuple.from(new Object[]{c.id(), c.statusId(), c.accountId(), c.local(), c.uri(), c.reportId(),
                        c.title(), c.description(), asksJson(c.asks()), c.deadline(),
                        k == null ? null : k.minPledges(), k == null ? null : k.minNodes(),
                        k == null ? null : k.minCountries(), k == null ? null : k.minMoney(),
                        k == null ? null : k.currency(), c.state().wireName(), c.metAt(), c.metByPledgeId(),
                        c.closedAt(), c.createdAt()}))
                .mapEmpty();
    }

    public Future<Optional<SolidarityCall>> findById(SqlClient client, long id) {
        return client.preparedQuery(SELECT + "WHERE id = $1").execute(Tuple.of(id)).map(CallRepository::first);
    }

    public Future<Optional<SolidarityCall>> findById(long id) {
        return findById(pool, id);
    }

    public Future<Optional<SolidarityCall>> findByUri(String uri) {
        return pool.preparedQuery(SELECT + "WHERE uri = $1").execute(Tuple.of(uri)).map(CallRepository::first);
    }

    /** The call's row, locked until the transaction ends: pledges to one call are counted one at a time. */
    public Future<Optional<SolidarityCall>> lock(SqlClient tx, long id) {
        return tx.preparedQuery(SELECT + "WHERE id = $1 FOR UPDATE").execute(Tuple.of(id)).map(CallRepository::first);
    }

    /** open -> met; false when the call was not open. */
    public Future<Boolean> markMet(SqlClient tx, long id, Long pledgeId, OffsetDateTime at) {
        return tx.preparedQuery("UPDATE solidarity_calls SET state = 'met', met_at = $2, met_by_pledge_id = $3"
                        + " WHERE id = $1 AND state = 'open'")
                .execute(Tuple.of(id, at, pledgeId)).map(rows -> rows.rowCount() == 1);
    }

    /** Moves a call from one of {@code from} to a closing state; false when it was in none of them. */
    public Future<Boolean> close(SqlClient client, long id, List<CallState> from, CallState to, OffsetDateTime at) {
        return client.preparedQuery("UPDATE solidarity_calls SET state = $2, closed_at = $3 WHERE id = $1"
                        + " AND state = ANY($4)")
                .execute(Tuple.of(id, to.wireName(), at, from.stream().map(CallState::wireName).toArray(String[]::new)))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Open calls whose deadline is before {@code now} become expired; returns them. */
    public Future<List<SolidarityCall>> expireDue(OffsetDateTime now) {
        return pool.preparedQuery("UPDATE solidarity_calls SET state = 'expired', closed_at = $1"
                        + " WHERE state = 'open' AND deadline < $1 RETURNING id")
                .execute(Tuple.of(now))
                .compose(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getLong(0)));
                    return ids.isEmpty() ? Future.succeededFuture(List.<SolidarityCall>of())
                            : pool.preparedQuery(SELECT + "WHERE id = ANY($1) ORDER BY id")
                            .execute(Tuple.of(ids.toArray(new Long[0]))).map(CallRepository::all);
                });
    }

    private static Optional<SolidarityCall> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(call(rows.iterator().next()));
    }

    private static List<SolidarityCall> all(RowSet<Row> rows) {
        List<SolidarityCall> calls = new ArrayList<>();
        rows.forEach(row -> calls.add(call(row)));
        return calls;
    }

    private static SolidarityCall call(Row row) {
        boolean conditional = row.getInteger("min_pledges") != null || row.getInteger("min_nodes") != null
                || row.getInteger("min_countries") != null || row.getValue("min_money") != null;
        CallCondition condition = conditional ? new CallCondition(row.getInteger("min_pledges"),
                row.getInteger("min_nodes"), row.getInteger("min_countries"), row.getBigDecimal("min_money"),
                row.getString("money_currency")) : null;
        return new SolidarityCall(row.getLong("id"), row.getLong("status_id"), row.getLong("account_id"),
                row.getBoolean("local"), row.getString("uri"), row.getLong("report_id"), row.getString("title"),
                row.getString("description"), asks(row.getString("asks_json")), row.getOffsetDateTime("deadline"),
                condition, Vocabulary.stored(CallState.class, row.getString("state")), row.getOffsetDateTime("met_at"),
                row.getLong("met_by_pledge_id"), row.getOffsetDateTime("closed_at"), row.getOffsetDateTime("created_at"));
    }

    private static String asksJson(List<Ask> asks) {
        JsonArray json = new JsonArray();
        for (Ask a : asks) {
            json.add(new JsonObject().put("type", a.type().wireName()).put("label", a.label())
                    .put("amount", a.amount() == null ? null : a.amount().toPlainString()).put("currency", a.currency())
                    .put("payeeUrl", a.payeeUrl()).put("target", a.target())
                    .put("time", a.time() == null ? null : a.time().toString()).put("place", a.place())
                    .put("brands", new JsonArray(new ArrayList<>(a.brands())))
                    .put("domains", new JsonArray(new ArrayList<>(a.domains()))).put("text", a.text())
                    .put("endTime", a.endTime() == null ? null : a.endTime().toString())
                    .put("timezone", a.timezone()));
        }
        return json.encode();
    }

    private static List<Ask> asks(String text) {
        JsonArray json = new JsonArray(text);
        List<Ask> asks = new ArrayList<>();
        for (int i = 0; i < json.size(); i++) {
            JsonObject a = json.getJsonObject(i);
            List<String> brands = new ArrayList<>();
            a.getJsonArray("brands", new JsonArray()).forEach(b -> brands.add((String) b));
            List<String> domains = new ArrayList<>();
            a.getJsonArray("domains", new JsonArray()).forEach(d -> domains.add((String) d));
            asks.add(new Ask(i, Vocabulary.stored(AskType.class, a.getString("type")), a.getString("label"),
                    a.getString("amount") == null ? null : new BigDecimal(a.getString("amount")),
                    a.getString("currency"), a.getString("payeeUrl"), a.getString("target"),
                    a.getString("time") == null ? null : OffsetDateTime.parse(a.getString("time")),
                    a.getString("place"), brands, domains, a.getString("text"),
                    a.getString("endTime") == null ? null : OffsetDateTime.parse(a.getString("endTime")),
                    a.getString("timezone")));
        }
        return asks;
    }
}
