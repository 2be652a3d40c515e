package org.serge.web.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.serge.core.solidarity.figure.ConditionFigure;
import org.serge.core.solidarity.report.StatusChange;
import org.serge.core.solidarity.report.StruggleReport;
import org.serge.core.solidarity.vocab.WireNamed;
import org.serge.web.api.entity.ApiTimes;

/** A struggle report as the Serge API shows it, with its figures and, for one report, its status history. */
final class ReportEntity {

    private ReportEntity() {
    }

    static JsonObject of(StruggleReport r) {
        JsonArray organisations = new JsonArray();
        r.organisations().forEach(o -> organisations.add(new JsonObject().put("name", o.name()).put("local", o.local())
                .put("unorganised", o.unorganised())));
        JsonArray demands = new JsonArray();
        r.demandCategories().forEach(d -> demands.add(d.wireName()));
        JsonArray sources = new JsonArray();
        r.sources().forEach(s -> sources.add(new JsonObject().put("url", s.url()).put("verified", s.verified())));
        JsonArray figures = new JsonArray();
        r.figures().forEach(f -> figures.add(figure(f)));
        return new JsonObject()
                .put("id", String.valueOf(r.id()))
                .put("uri", r.uri())
                .put("status_id", String.valueOf(r.statusId()))
                .put("account_id", String.valueOf(r.accountId()))
                .put("local", r.local())
                .put("title", r.title())
                .put("summary", r.summary())
                .put("body", r.bodySource())
                .put("body_html", r.bodyHtml())
                .put("employer", EmployerEntity.of(r.employer()))
                .put("organisations", organisations)
                .put("sector", r.sector() == null ? null : new JsonObject().put("scheme", r.sector().scheme())
                        .put("version", r.sector().version()).put("code", r.sector().code())
                        .put("label", r.sector().label()))
                .put("country", r.country())
                .put("region", r.region())
                .put("locality", r.locality())
                .put("sites", r.sites())
                .put("action_type", wire(r.actionType()))
                .put("authorisation", wire(r.authorisation()))
                .put("status", wire(r.status()))
                .put("outcome", wire(r.outcome()))
                .put("start_date", r.startDate() == null ? null : r.startDate().toString())
                .put("end_date", r.endDate() == null ? null : r.endDate().toString())
                .put("participants", r.participants())
                .put("demand_categories", demands)
                .put("demands_text", r.demandsText())
                .put("sources", sources)
                .put("language", r.language())
                .put("figures", figures)
                .put("created_at", ApiTimes.time(r.createdAt()))
                .put("updated_at", ApiTimes.time(r.updatedAt()));
    }

    static JsonObject withHistory(StruggleReport r, List<StatusChange> history) {
        JsonArray changes = new JsonArray();
        history.forEach(c -> changes.add(new JsonObject()
                .put("from_status", wire(c.fromStatus()))
                .put("to_status", wire(c.toStatus()))
                .put("from_outcome", wire(c.fromOutcome()))
                .put("to_outcome", wire(c.toOutcome()))
                .put("note", c.note())
                .put("at", ApiTimes.time(c.at()))));
        return of(r).put("history", changes);
    }

    static JsonArray list(List<StruggleReport> reports) {
        JsonArray out = new JsonArray();
        reports.forEach(r -> out.add(of(r)));
        return out;
    }

    private static JsonObject figure(ConditionFigure f) {
        return new JsonObject()
                .put("id", String.valueOf(f.id()))
                .put("kind", f.kind().wireName())
                .put("value", f.value().toPlainString())
                .put("unit", f.unit())
                .put("currency", f.currency())
                .put("basis", wire(f.basis()))
                .put("pay_period", wire(f.payPeriod()))
                .put("reference_date", f.referenceDate() == null ? null : f.referenceDate().toString())
                .put("period_start", f.periodStart() == null ? null : f.periodStart().toString())
                .put("period_end", f.periodEnd() == null ? null : f.periodEnd().toString())
                .put("population", f.population())
                .put("sample_size", f.sampleSize())
                .put("source_type", wire(f.sourceType()))
                .put("ilostat_indicator", f.ilostatIndicator());
    }

    static String wire(WireNamed word) {
        return word == null ? null : word.wireName();
    }
}
