package org.serge.federation.solidarity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.call.NewAsk;
import org.serge.core.solidarity.call.NewCall;
import org.serge.core.solidarity.call.NewCondition;
import org.serge.core.solidarity.employer.EmployerRef;
import org.serge.core.solidarity.figure.NewFigure;
import org.serge.core.solidarity.pledge.NewPledge;
import org.serge.core.solidarity.pledge.PledgedAsk;
import org.serge.core.solidarity.report.NewReport;
import org.serge.core.solidarity.report.ReportOrganisation;
import org.serge.core.solidarity.report.ReportSource;

/**
 * Reads the Serge extension properties of a received (and verified) object into the core's input records. The
 * services check every value; a value of the wrong JSON type is a 422 here.
 */
public final class SergeReader {

    private SergeReader() {
    }

    public static NewReport report(JsonObject o) {
        try {
            JsonObject sector = obj(o, "sector");
            JsonObject demands = obj(o, "demands");
            List<String> categories = new ArrayList<>();
            if (demands != null && demands.getValue("categories") instanceof JsonArray a) {
                a.forEach(v -> categories.add(String.valueOf(v)));
            }
            List<ReportOrganisation> orgs = new ArrayList<>();
            for (JsonObject org : objects(SergeContext.get(o, "organisations"))) {
                orgs.add(new ReportOrganisation(org.getString("name"), org.getString("local"),
                        Boolean.TRUE.equals(org.getBoolean("unorganised"))));
            }
            List<ReportSource> sources = new ArrayList<>();
            for (JsonObject s : objects(SergeContext.get(o, "sources"))) {
                sources.add(new ReportSource(s.getString("url"), Boolean.TRUE.equals(s.getBoolean("verified"))));
            }
            List<NewFigure> figures = new ArrayList<>();
            for (JsonObject f : objects(SergeContext.get(o, "figures"))) {
                figures.add(new NewFigure(f.getString("kind"), decimal(f.getValue("value")), f.getString("unit"),
                        f.getString("currency"), f.getString("basis"), f.getString("payPeriod"),
                        date(f.getString("referenceDate")), date(f.getString("periodStart")),
                        date(f.getString("periodEnd")), f.getString("population"), f.getInteger("sampleSize"),
                        f.getString("sourceType")));
            }
            String body = str(o, "body");
            return new NewReport(o.getString("name"), o.getString("summary"), body == null ? "" : body,
                    employer(obj(o, "employer"), 0), orgs,
                    sector == null ? null : sector.getString("scheme"),
                    sector == null ? null : sector.getString("version"),
                    sector == null ? null : sector.getString("code"),
                    str(o, "country"), str(o, "region"), str(o, "locality"), integer(o, "sites"),
                    str(o, "actionType"), str(o, "authorisation"), str(o, "struggleStatus"), str(o, "outcome"),
                    date(str(o, "startDate")), date(str(o, "endDate")), integer(o, "participants"), categories,
                    demands == null ? null : demands.getString("text"), sources, language(o), figures);
        } catch (ClassCastException | IllegalArgumentException | java.time.DateTimeException e) {
            throw ServiceException.unprocessable("malformed report: " + e.getMessage());
        }
    }

    /** A call; {@code reportId} is this node's id of the linked report (or null). */
    public static NewCall call(JsonObject o, Long reportId) {
        try {
            List<NewAsk> asks = new ArrayList<>();
            for (JsonObject a : objects(SergeContext.get(o, "asks"))) {
                List<String> brands = strings(a.getValue("brands"));
                List<String> domains = strings(a.getValue("domains"));
                asks.add(new NewAsk(a.getString("type"), a.getString("label"), decimal(a.getValue("amount")),
                        a.getString("currency"), a.getString("payee"), a.getString("target"),
                        a.getString("time") == null ? null : OffsetDateTime.parse(a.getString("time")),
                        a.getString("place"), brands, domains, a.getString("text"),
                        a.getString("endTime") == null ? null : OffsetDateTime.parse(a.getString("endTime")),
                        a.getString("timezone")));
            }
            JsonObject k = obj(o, "condition");
            NewCondition condition = k == null ? null : new NewCondition(k.getInteger("minPledges"),
                    k.getInteger("minNodes"), k.getInteger("minCountries"), decimal(k.getValue("minMoney")),
                    k.getString("currency"));
            String deadline = str(o, "deadline") != null ? str(o, "deadline") : o.getString("endTime");
            return new NewCall(reportId, o.getString("name"), str(o, "description"), asks,
                    deadline == null ? null : OffsetDateTime.parse(deadline), condition, language(o));
        } catch (ClassCastException | IllegalArgumentException | java.time.DateTimeException e) {
            throw ServiceException.unprocessable("malformed call: " + e.getMessage());
        }
    }

    public static NewPledge pledge(JsonObject o) {
        JsonObject p = obj(o, "pledge");
        return p == null ? null : pledgeBody(p);
    }

    public static NewPledge pledgeBody(JsonObject p) {
        try {
            List<PledgedAsk> asks = new ArrayList<>();
            for (JsonObject a : objects(p.getValue("asks"))) {
                asks.add(new PledgedAsk(a.getInteger("ask"), decimal(a.getValue("amount")), a.getString("currency"),
                        a.getInteger("people")));
            }
            return new NewPledge(asks, p.getString("visibility"), p.getString("country"));
        } catch (ClassCastException | IllegalArgumentException e) {
            throw ServiceException.unprocessable("malformed pledge: " + e.getMessage());
        }
    }

    public static String str(JsonObject o, String name) {
        Object v = SergeContext.get(o, name);
        return v == null ? null : (String) v;
    }

    private static Integer integer(JsonObject o, String name) {
        Object v = SergeContext.get(o, name);
        return v == null ? null : ((Number) v).intValue();
    }

    private static JsonObject obj(JsonObject o, String name) {
        Object v = SergeContext.get(o, name);
        return v instanceof JsonObject j ? j : null;
    }

    private static List<JsonObject> objects(Object value) {
        List<JsonObject> out = new ArrayList<>();
        if (value instanceof JsonArray array) {
            for (Object v : array) {
                if (v instanceof JsonObject j) {
                    out.add(j);
                }
            }
        }
        return out;
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> out.add(String.valueOf(v)));
        }
        return out;
    }

    private static EmployerRef employer(JsonObject e, int depth) {
        if (e == null || depth > 3) {
            return null;
        }
        EmployerRef parent = e.getValue("parent") instanceof JsonObject p ? employer(p, depth + 1) : null;
        return new EmployerRef(e.getString("name"), List.of(), e.getString("country"), e.getString("wikidata"),
                e.getString("lei"), parent);
    }

    private static BigDecimal decimal(Object v) {
        if (v == null) {
            return null;
        }
        return v instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal((String) v);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static String language(JsonObject o) {
        return o.getValue("contentMap") instanceof JsonObject map && map.size() == 1
                ? map.fieldNames().iterator().next() : null;
    }
}
