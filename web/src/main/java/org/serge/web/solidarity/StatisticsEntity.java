package org.serge.web.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import java.util.TreeMap;
import org.serge.core.solidarity.stats.Statistics;

/** Statistics as JSON: struggles, condition figures and provenance per group. */
final class StatisticsEntity {

    private StatisticsEntity() {
    }

    static JsonObject of(Statistics s) {
        JsonArray struggles = new JsonArray();
        s.struggles().forEach(g -> struggles.add(new JsonObject()
                .put("key", g.key())
                .put("label", g.label())
                .put("reports", g.reports())
                .put("by_status", counts(g.byStatus()))
                .put("by_outcome", counts(g.byOutcome()))
                .put("by_action_type", counts(g.byActionType()))
                .put("participants", g.participants())
                .put("days_not_worked", g.daysNotWorked())
                .put("reports_with_days_not_worked", g.reportsWithDaysNotWorked())));
        JsonArray figures = new JsonArray();
        s.figures().forEach(f -> figures.add(new JsonObject()
                .put("key", f.key())
                .put("label", f.label())
                .put("kind", f.kind())
                .put("ilostat_indicator", f.ilostatIndicator())
                .put("unit", f.unit())
                .put("currency", f.currency())
                .put("basis", f.basis())
                .put("figures", f.figures())
                .put("median", CallEntity.money(f.median()))
                .put("sum", CallEntity.money(f.sum()))));
        JsonArray provenance = new JsonArray();
        s.provenance().forEach(p -> provenance.add(new JsonObject()
                .put("key", p.key())
                .put("label", p.label())
                .put("node", p.node())
                .put("reports", p.reports())
                .put("figures", p.figures())));
        return new JsonObject()
                .put("group_by", s.groupBy().wireName())
                .put("struggles", struggles)
                .put("figures", figures)
                .put("provenance", provenance);
    }

    private static JsonObject counts(Map<String, Integer> counts) {
        JsonObject out = new JsonObject();
        new TreeMap<>(counts).forEach(out::put);
        return out;
    }
}
