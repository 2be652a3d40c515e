package org.serge.web.solidarity;

import static org.serge.web.solidarity.JsonBody.bool;
import static org.serge.web.solidarity.JsonBody.date;
import static org.serge.web.solidarity.JsonBody.dateTime;
import static org.serge.web.solidarity.JsonBody.decimal;
import static org.serge.web.solidarity.JsonBody.integer;
import static org.serge.web.solidarity.JsonBody.object;
import static org.serge.web.solidarity.JsonBody.objects;
import static org.serge.web.solidarity.JsonBody.string;
import static org.serge.web.solidarity.JsonBody.strings;

import io.vertx.core.json.JsonObject;
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
import org.serge.core.solidarity.report.StatusUpdate;
import org.serge.web.api.ApiParams;

/**
 * JSON request bodies (snake_case, as in the OpenAPI file) to the services' input records. Only types are
 * checked here; the services check the values and answer 422 with their own messages.
 */
final class SolidarityInput {

    private static final int MAX_EMPLOYER_DEPTH = 6;

    private SolidarityInput() {
    }

    static NewReport report(JsonObject b) {
        JsonObject employer = object(b, "employer");
        String sectorScheme = null;
        String sectorVersion = null;
        String sectorCode = null;
        if (b.getValue("sector") instanceof JsonObject sector) {
            sectorScheme = string(sector, "scheme");
            sectorVersion = string(sector, "version");
            sectorCode = string(sector, "code");
        } else if (b.getValue("sector") != null) {
            sectorCode = string(b, "sector");
            sectorScheme = "ISIC";
            sectorVersion = "4";
        }
        List<ReportOrganisation> organisations = new ArrayList<>();
        for (JsonObject o : objects(b, "organisations")) {
            organisations.add(new ReportOrganisation(string(o, "name"), string(o, "local"), bool(o, "unorganised")));
        }
        List<ReportSource> sources = new ArrayList<>();
        for (JsonObject s : objects(b, "sources")) {
            sources.add(new ReportSource(string(s, "url"), bool(s, "verified")));
        }
        List<NewFigure> figures = new ArrayList<>();
        for (JsonObject f : objects(b, "figures")) {
            figures.add(new NewFigure(string(f, "kind"), decimal(f, "value"), string(f, "unit"),
                    string(f, "currency"), string(f, "basis"), string(f, "pay_period"), date(f, "reference_date"),
                    date(f, "period_start"), date(f, "period_end"), string(f, "population"),
                    integer(f, "sample_size"), string(f, "source_type")));
        }
        return new NewReport(string(b, "title"), string(b, "summary"), string(b, "body"),
                employer == null ? null : employer(employer, 0), organisations, sectorScheme, sectorVersion,
                sectorCode, string(b, "country"), string(b, "region"), string(b, "locality"), integer(b, "sites"),
                string(b, "action_type"), string(b, "authorisation"), string(b, "status"), string(b, "outcome"),
                date(b, "start_date"), date(b, "end_date"), integer(b, "participants"),
                strings(b, "demand_categories"), string(b, "demands_text"), sources, string(b, "language"), figures);
    }

    static EmployerRef employer(JsonObject e, int depth) {
        if (depth > MAX_EMPLOYER_DEPTH) {
            throw ServiceException.unprocessable("employer parent chain is too deep");
        }
        JsonObject parent = object(e, "parent");
        String wikidata = e.containsKey("wikidata") ? string(e, "wikidata") : string(e, "wikidata_id");
        return new EmployerRef(string(e, "legal_name"), strings(e, "aliases"), string(e, "country"), wikidata,
                string(e, "lei"), parent == null ? null : employer(parent, depth + 1));
    }

    static StatusUpdate statusUpdate(JsonObject b) {
        return new StatusUpdate(string(b, "status"), string(b, "outcome"), date(b, "end_date"), string(b, "note"));
    }

    static NewCall call(JsonObject b) {
        List<NewAsk> asks = new ArrayList<>();
        for (JsonObject a : objects(b, "asks")) {
            asks.add(new NewAsk(string(a, "type"), string(a, "label"), decimal(a, "amount"), string(a, "currency"),
                    string(a, "payee_url"), string(a, "target"), dateTime(a, "time"), string(a, "place"),
                    strings(a, "brands"), strings(a, "domains"), string(a, "text"), dateTime(a, "end_time"),
                    string(a, "timezone")));
        }
        JsonObject c = object(b, "condition");
        NewCondition condition = c == null ? null : new NewCondition(integer(c, "min_pledges"), integer(c, "min_nodes"),
                integer(c, "min_countries"), decimal(c, "min_money"), string(c, "currency"));
        Long reportId = null;
        Object rawReport = b.getValue("report_id");
        if (rawReport != null) {
            reportId = ApiParams.id(rawReport.toString());
            if (reportId == null) {
                throw ServiceException.unprocessable("report_id is not a valid id");
            }
        }
        return new NewCall(reportId, string(b, "title"), string(b, "description"), asks, dateTime(b, "deadline"),
                condition, string(b, "language"));
    }

    /** Asks as objects ({"ask": 0, "amount": "20", "currency": "EUR", "people": 2}) or bare indexes. */
    static NewPledge pledge(JsonObject b) {
        List<PledgedAsk> asks = new ArrayList<>();
        for (Object item : JsonBody.array(b, "asks")) {
            if (item instanceof Number n) {
                asks.add(PledgedAsk.to(index(n)));
            } else if (item instanceof JsonObject a) {
                Object ask = a.getValue("ask");
                if (!(ask instanceof Number n)) {
                    throw ServiceException.unprocessable("each pledged ask needs its index (ask)");
                }
                asks.add(new PledgedAsk(index(n), decimal(a, "amount"), string(a, "currency"), integer(a, "people")));
            } else {
                throw ServiceException.unprocessable("asks must be an array of ask indexes or objects");
            }
        }
        return new NewPledge(asks, string(b, "visibility"), string(b, "country"));
    }

    private static int index(Number n) {
        double d = n.doubleValue();
        if (d != Math.rint(d) || d < 0 || d > 1000) {
            throw ServiceException.unprocessable("no such ask");
        }
        return (int) d;
    }
}
