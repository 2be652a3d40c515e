package org.serge.federation.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.solidarity.call.Ask;
import org.serge.core.solidarity.call.CallCondition;
import org.serge.core.solidarity.call.SolidarityCall;
import org.serge.core.solidarity.employer.Employer;
import org.serge.core.solidarity.figure.ConditionFigure;
import org.serge.core.solidarity.pledge.Pledge;
import org.serge.core.solidarity.pledge.PledgedAsk;
import org.serge.core.solidarity.report.ReportOrganisation;
import org.serge.core.solidarity.report.ReportSource;
import org.serge.core.solidarity.report.StruggleReport;
import org.serge.core.solidarity.vocab.PledgeVisibility;
import org.serge.core.solidarity.vocab.WireNamed;
import org.serge.federation.outgoing.WireDates;
import org.serge.federation.proof.ProofSigner;

/**
 * Reports, calls and pledges as signed ActivityPub objects: the status' readable object (an Article, a Question)
 * with the Serge extension properties added and an FEP-8b32 proof by the author's Ed25519 key
 * ({@code ACTOR#ed25519-key}, listed in the actor's assertionMethod). Pure: no I/O.
 */
public final class SolidarityObjects {

    private SolidarityObjects() {
    }

    /** The report's Article: {@code base} is the status' object as ObjectRenderer makes it. */
    public static JsonObject report(JsonObject base, StruggleReport r, Employer parent) {
        JsonObject o = withContext(base);
        o.put("type", "Article");
        if (r.employer() != null) {
            JsonObject employer = employer(r.employer());
            if (parent != null) {
                employer.put("parent", employer(parent));
            }
            put(o, "employer", employer);
        }
        if (r.sector() != null) {
            put(o, "sector", new JsonObject().put("scheme", r.sector().scheme()).put("version", r.sector().version())
                    .put("code", r.sector().code()));
        }
        put(o, "country", r.country());
        put(o, "region", r.region());
        put(o, "locality", r.locality());
        put(o, "sites", r.sites());
        put(o, "organisations", organisations(r.organisations()));
        put(o, "actionType", wire(r.actionType()));
        put(o, "authorisation", wire(r.authorisation()));
        put(o, "struggleStatus", wire(r.status()));
        put(o, "outcome", wire(r.outcome()));
        put(o, "startDate", r.startDate() == null ? null : r.startDate().toString());
        put(o, "endDate", r.endDate() == null ? null : r.endDate().toString());
        put(o, "participants", r.participants());
        JsonArray categories = new JsonArray();
        r.demandCategories().forEach(d -> categories.add(d.wireName()));
        put(o, "demands", new JsonObject().put("categories", categories).put("text", r.demandsText()));
        JsonArray sources = new JsonArray();
        for (ReportSource s : r.sources()) {
            sources.add(new JsonObject().put("url", s.url()).put("verified", s.verified()));
        }
        put(o, "sources", sources);
        put(o, "body", r.bodySource());
        JsonArray figures = new JsonArray();
        for (ConditionFigure f : r.figures()) {
            figures.add(figure(f));
        }
        put(o, "figures", figures);
        return o;
    }

    /** The call's Question; its anyOf options (the asks) come with {@code base}. */
    public static JsonObject call(JsonObject base, SolidarityCall c, String reportUri) {
        JsonObject o = withContext(base);
        o.put("type", "Question");
        JsonArray asks = new JsonArray();
        for (Ask a : c.asks()) {
            asks.add(new JsonObject().put("type", a.type().wireName()).put("label", a.label())
                    .put("amount", plain(a.amount())).put("currency", a.currency()).put("payee", a.payeeUrl())
                    .put("target", a.target()).put("time", a.time() == null ? null : WireDates.format(a.time()))
                    .put("place", a.place()).put("brands", new JsonArray(List.copyOf(a.brands())))
                    .put("domains", new JsonArray(List.copyOf(a.domains()))).put("text", a.text())
                    .put("endTime", a.endTime() == null ? null : WireDates.format(a.endTime()))
                    .put("timezone", a.timezone()));
        }
        put(o, "asks", asks);
        put(o, "description", c.description());
        put(o, "deadline", WireDates.format(c.deadline()));
        o.put("endTime", WireDates.format(c.deadline()));
        CallCondition k = c.condition();
        if (k != null) {
            put(o, "condition", new JsonObject().put("minPledges", k.minPledges()).put("minNodes", k.minNodes())
                    .put("minCountries", k.minCountries()).put("minMoney", plain(k.minMoney()))
                    .put("currency", k.currency()));
        }
        put(o, "callState", c.state().wireName());
        put(o, "report", reportUri);
        if (c.metAt() != null) {
            put(o, "metAt", WireDates.format(c.metAt()));
        }
        return o;
    }

    /**
     * A member's pledge to a call, as a Note replying to the call's Question. It goes to the call's author only:
     * never to followers, whatever its visibility (count-only pledgers are known to the caller's server only).
     */
    public static JsonObject pledge(Pledge p, SolidarityCall call, String pledgerId, String callAuthorId) {
        JsonObject o = new JsonObject().put("@context", SergeContext.context())
                .put("id", p.objectUri())
                .put("type", "Note")
                .put("attributedTo", pledgerId)
                .put("inReplyTo", call.uri())
                .put("to", new JsonArray().add(callAuthorId))
                .put("cc", new JsonArray())
                .put("published", WireDates.format(p.updatedAt()))
                .put("content", "<p>I pledge: " + escape(labels(p, call)) + "</p>");
        put(o, "pledge", pledgeBody(p));
        return o;
    }

    public static JsonObject pledgeBody(Pledge p) {
        JsonArray asks = new JsonArray();
        for (PledgedAsk a : p.asks()) {
            asks.add(new JsonObject().put("ask", a.ask()).put("amount", plain(a.amount()))
                    .put("currency", a.currency()).put("people", a.people()));
        }
        return new JsonObject().put("asks", asks).put("visibility", p.visibility().wireName())
                .put("country", p.country());
    }

    /** Signs with the author's Ed25519 key; the verification method is ACTOR#ed25519-key. */
    public static JsonObject sign(JsonObject object, String actorId, byte[] ed25519Private) {
        return ProofSigner.sign(object, actorId + "#ed25519-key", ed25519Private, Instant.now());
    }

    /** Whether a pledge may be named in served documents. */
    public static boolean isPublic(Pledge p) {
        return p.visibility() == PledgeVisibility.PUBLIC;
    }

    static String actorId(Account account, String localActorId) {
        return account.isLocal() ? localActorId : account.uri();
    }

    private static JsonObject withContext(JsonObject base) {
        JsonObject o = base.copy();
        o.remove("@context");
        JsonObject out = new JsonObject().put("@context", SergeContext.context());
        o.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static JsonObject employer(Employer e) {
        return new JsonObject().put("name", e.legalName()).put("lei", e.lei()).put("wikidata", e.wikidataId())
                .put("country", e.country());
    }

    private static JsonArray organisations(Collection<ReportOrganisation> all) {
        JsonArray out = new JsonArray();
        for (ReportOrganisation org : all) {
            out.add(new JsonObject().put("name", org.name()).put("local", org.local())
                    .put("unorganised", org.unorganised()));
        }
        return out;
    }

    private static JsonObject figure(ConditionFigure f) {
        return new JsonObject().put("kind", f.kind().wireName()).put("value", plain(f.value())).put("unit", f.unit())
                .put("currency", f.currency()).put("basis", wire(f.basis())).put("payPeriod", wire(f.payPeriod()))
                .put("referenceDate", str(f.referenceDate())).put("periodStart", str(f.periodStart()))
                .put("periodEnd", str(f.periodEnd())).put("population", f.population())
                .put("sampleSize", f.sampleSize()).put("sourceType", wire(f.sourceType()))
                .put("ilostat", f.ilostatIndicator());
    }

    private static String labels(Pledge p, SolidarityCall call) {
        StringBuilder out = new StringBuilder();
        for (PledgedAsk a : p.asks()) {
            if (a.ask() >= 0 && a.ask() < call.asks().size()) {
                out.append(out.length() == 0 ? "" : ", ").append(call.asks().get(a.ask()).label());
            }
        }
        return out.toString();
    }

    private static void put(JsonObject o, String name, Object value) {
        if (value != null) {
            o.put(SergeContext.key(name), value);
        }
    }

    private static String wire(WireNamed value) {
        return value == null ? null : value.wireName();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
