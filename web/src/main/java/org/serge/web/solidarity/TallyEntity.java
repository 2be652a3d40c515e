package org.serge.web.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.TreeMap;
import org.serge.core.solidarity.pledge.Tally;

/** A call's tally: counts only (per ask, per node, per country), never who pledged. */
final class TallyEntity {

    private TallyEntity() {
    }

    static JsonObject of(Tally t, boolean conditionHolds) {
        JsonArray perAsk = new JsonArray();
        t.perAsk().forEach(a -> {
            JsonObject money = new JsonObject();
            new TreeMap<>(a.money()).forEach((currency, amount) -> money.put(currency, CallEntity.money(amount)));
            perAsk.add(new JsonObject().put("ask", a.ask()).put("pledges", a.pledges()).put("people", a.people())
                    .put("money", money));
        });
        JsonObject perNode = new JsonObject();
        new TreeMap<>(t.perNode()).forEach(perNode::put);
        JsonObject perCountry = new JsonObject();
        new TreeMap<>(t.perCountry()).forEach(perCountry::put);
        return new JsonObject()
                .put("call_id", String.valueOf(t.callId()))
                .put("pledges", t.pledges())
                .put("per_ask", perAsk)
                .put("per_node", perNode)
                .put("per_country", perCountry)
                .put("nodes", t.distinctNodes())
                .put("countries", t.distinctCountries())
                .put("condition_currency", t.conditionCurrency())
                .put("condition_money", CallEntity.money(t.conditionMoney()))
                .put("condition_holds", conditionHolds);
    }
}
