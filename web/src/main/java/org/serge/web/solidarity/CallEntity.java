package org.serge.web.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import org.serge.core.solidarity.call.Ask;
import org.serge.core.solidarity.call.CallCondition;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.web.api.entity.ApiTimes;

/** A solidarity call as the Serge API shows it: asks, deadline, condition and state (no pledgers). */
final class CallEntity {

    private CallEntity() {
    }

    static JsonObject of(SolidarityCall c) {
        JsonArray asks = new JsonArray();
        c.asks().forEach(a -> asks.add(ask(a)));
        CallCondition k = c.condition();
        return new JsonObject()
                .put("id", String.valueOf(c.id()))
                .put("uri", c.uri())
                .put("status_id", String.valueOf(c.statusId()))
                .put("account_id", String.valueOf(c.accountId()))
                .put("local", c.local())
                .put("report_id", c.reportId() == null ? null : String.valueOf(c.reportId()))
                .put("title", c.title())
                .put("description", c.description())
                .put("asks", asks)
                .put("deadline", ApiTimes.time(c.deadline()))
                .put("condition", k == null ? null : new JsonObject()
                        .put("min_pledges", k.minPledges())
                        .put("min_nodes", k.minNodes())
                        .put("min_countries", k.minCountries())
                        .put("min_money", money(k.minMoney()))
                        .put("currency", k.currency()))
                .put("state", c.state().wireName())
                .put("met_at", ApiTimes.time(c.metAt()))
                .put("closed_at", ApiTimes.time(c.closedAt()))
                .put("created_at", ApiTimes.time(c.createdAt()));
    }

    private static JsonObject ask(Ask a) {
        return new JsonObject()
                .put("index", a.index())
                .put("type", a.type().wireName())
                .put("label", a.label())
                .put("amount", money(a.amount()))
                .put("currency", a.currency())
                .put("payee_url", a.payeeUrl())
                .put("target", a.target())
                .put("time", ApiTimes.time(a.time()))
                .put("place", a.place())
                .put("brands", new JsonArray(new ArrayList<>(a.brands())))
                .put("domains", new JsonArray(new ArrayList<>(a.domains())))
                .put("text", a.text())
                .put("end_time", ApiTimes.time(a.endTime()))
                .put("timezone", a.timezone());
    }

    /** Money as a decimal string, so no amount is rounded through a float. */
    static String money(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }
}
