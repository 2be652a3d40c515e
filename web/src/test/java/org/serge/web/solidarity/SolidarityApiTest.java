package org.serge.web.solidarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

class SolidarityApiTest {

    private static final String API = "/api/serge/v1";

    private static TestNode node;
    private static ApiClient alice;
    private static ApiClient bob;
    private static ApiClient carol;
    private static ApiClient anonymous;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
        alice = ApiClient.as(node, "alice");
        bob = ApiClient.as(node, "bob");
        carol = ApiClient.as(node, "carol");
        anonymous = ApiClient.anonymous(node);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static JsonObject report(String title, JsonObject employer, String country) {
        return new JsonObject()
                .put("title", title)
                .put("summary", "Warehouse workers walk out over pay")
                .put("body", "Workers at **two sites** stopped work. #logistics")
                .put("employer", employer)
                .put("organisations", new JsonArray().add(new JsonObject().put("name", "Warehouse Union")
                        .put("local", "Local 7")))
                .put("sector", new JsonObject().put("scheme", "ISIC").put("version", "4").put("code", "H52"))
                .put("country", country)
                .put("action_type", "strike")
                .put("authorisation", "official")
                .put("status", "ongoing")
                .put("start_date", "2025-03-03")
                .put("end_date", "2025-03-07")
                .put("participants", 120)
                .put("demand_categories", new JsonArray().add("pay").add("staffing"))
                .put("sources", new JsonArray().add(new JsonObject().put("url", "https://news.example/strike")
                        .put("verified", true)))
                .put("language", "en");
    }

    private static JsonObject employer(String name, String country, JsonObject parent) {
        return new JsonObject().put("legal_name", name).put("country", country).put("parent", parent);
    }

    private static JsonObject file(ApiClient who, JsonObject body) {
        return ApiClient.object(who.json("POST", API + "/reports", body));
    }

    @Test
    void filesAReportWithFiguresAndAnEmployerWithAParent() {
        JsonObject body = report("Acme walkout", employer("Acme Logistics GmbH", "DE",
                employer("Acme Holdings Inc", "US", null).put("wikidata", "Q4674532")), "DE")
                .put("figures", new JsonArray()
                        .add(new JsonObject().put("kind", "monthly-earnings").put("value", "2100.50")
                                .put("currency", "EUR").put("basis", "gross").put("source_type", "payslips"))
                        .add(new JsonObject().put("kind", "weekly-hours-worked").put("value", 46)
                                .put("source_type", "member-survey")));
        JsonObject filed = file(alice, body);
        assertEquals("Acme walkout", filed.getString("title"));
        assertEquals("strike", filed.getString("action_type"));
        assertEquals("ongoing", filed.getString("status"));
        assertEquals("H52", filed.getJsonObject("sector").getString("code"));
        assertTrue(filed.getString("body_html").contains("<strong>two sites</strong>"), filed.encode());
        JsonArray figures = filed.getJsonArray("figures");
        assertEquals(2, figures.size());
        assertEquals("2100.50", figures.getJsonObject(0).getString("value"));
        assertEquals("EUR", figures.getJsonObject(0).getString("currency"));
        assertEquals("EAR_4MTH_SEX_ECO_CUR_NB", figures.getJsonObject(0).getString("ilostat_indicator"));
        assertEquals("hours-per-week", figures.getJsonObject(1).getString("unit"));
        assertEquals(1, filed.getJsonArray("history").size());
        JsonObject employer = filed.getJsonObject("employer");
        assertEquals("Acme Logistics GmbH", employer.getString("legal_name"));
        assertNotNull(employer.getString("parent_id"));

        JsonObject shown = ApiClient.object(anonymous.get(API + "/employers/" + employer.getString("id")));
        assertEquals("Acme Holdings Inc", shown.getJsonObject("ultimate_parent").getString("legal_name"));
        assertEquals("Q4674532", shown.getJsonObject("ultimate_parent").getString("wikidata"));
        JsonArray found = ApiClient.array(anonymous.get(API + "/employers?q=acme"));
        assertEquals(2, found.size(), found.encode());
        assertEquals(422, anonymous.get(API + "/employers?q=").statusCode());
        assertEquals(404, anonymous.get(API + "/employers/123").statusCode());

        JsonObject again = ApiClient.object(anonymous.get(API + "/reports/" + filed.getString("id")));
        assertEquals(filed.getString("id"), again.getString("id"));
        assertEquals(2, again.getJsonArray("figures").size());
        // the linked status is a public Article that Mastodon clients read
        JsonObject status = ApiClient.object(anonymous.get("/api/v1/statuses/" + filed.getString("status_id")));
        assertEquals("public", status.getString("visibility"));
    }

    @Test
    void listsReportsByEmployerIncludingSubsidiariesAcrossCountries() {
        JsonObject parent = employer("Globex Group SE", "NL", null);
        JsonObject fr = file(alice, report("Globex France strike", employer("Globex France SAS", "FR", parent), "FR"));
        JsonObject pl = file(bob, report("Globex Polska strike", employer("Globex Polska sp. z o.o.", "PL", parent),
                "PL"));
        file(alice, report("Unrelated", employer("Initech Ltd", "GB", null), "GB"));
        String parentId = fr.getJsonObject("employer").getString("parent_id");
        assertEquals(parentId, pl.getJsonObject("employer").getString("parent_id"));

        List<String> group = ApiClient.ids(anonymous.get(API + "/reports?employer_id=" + parentId));
        assertEquals(List.of(pl.getString("id"), fr.getString("id")), group);
        String frEmployer = fr.getJsonObject("employer").getString("id");
        assertEquals(List.of(fr.getString("id")), ApiClient.ids(anonymous.get(API + "/reports?employer_id=" + frEmployer)));
        assertEquals(group, ApiClient.ids(anonymous.get(API + "/reports?whole_group=true&employer_id=" + frEmployer)));
        assertEquals(List.of(pl.getString("id")),
                ApiClient.ids(anonymous.get(API + "/reports?country=PL&employer_id=" + parentId)));

        HttpResponse<String> first = anonymous.get(API + "/reports?limit=1&employer_id=" + parentId);
        assertEquals(List.of(pl.getString("id")), ApiClient.ids(first));
        String next = ApiClient.link(first, "next");
        assertNotNull(next);
        assertTrue(next.contains("employer_id=" + parentId), next);
        assertEquals(List.of(fr.getString("id")), ApiClient.ids(anonymous.get(next)));

        assertTrue(ApiClient.ids(anonymous.get(API + "/reports?sector=H&status=ongoing")).contains(fr.getString("id")));
        assertEquals(422, anonymous.get(API + "/reports?status=striking").statusCode());
        assertEquals(422, anonymous.get(API + "/reports?country=ZZZ").statusCode());
        assertEquals(422, anonymous.get(API + "/reports?employer_id=abc").statusCode());
        assertEquals(404, anonymous.get(API + "/reports?employer_id=42").statusCode());
        assertEquals(404, anonymous.get(API + "/reports/abc").statusCode());
        assertEquals(404, anonymous.get(API + "/reports/42").statusCode());
    }

    @Test
    void statusChangesKeepAVisibleHistoryAndOnlyTheAuthorChanges() {
        JsonObject filed = file(alice, report("Depot strike", employer("Depot Co", "IT", null), "IT"));
        String path = API + "/reports/" + filed.getString("id") + "/status";
        JsonObject change = new JsonObject().put("status", "ended").put("outcome", "won").put("note", "Deal signed");
        assertEquals(404, bob.json("POST", path, change).statusCode());
        JsonObject changed = ApiClient.object(alice.json("POST", path, change));
        assertEquals("ended", changed.getString("status"));
        assertEquals("won", changed.getString("outcome"));
        JsonArray history = ApiClient.object(anonymous.get(API + "/reports/" + filed.getString("id")))
                .getJsonArray("history");
        assertEquals(2, history.size());
        assertNull(history.getJsonObject(0).getString("from_status"));
        assertEquals("ongoing", history.getJsonObject(1).getString("from_status"));
        assertEquals("ended", history.getJsonObject(1).getString("to_status"));
        assertEquals("Deal signed", history.getJsonObject(1).getString("note"));
        HttpResponse<String> same = alice.json("POST", path, change);
        assertEquals(422, same.statusCode());
        assertEquals("nothing changed", new JsonObject(same.body()).getString("error"));
        HttpResponse<String> bad = alice.json("POST", path, new JsonObject().put("status", "finished"));
        assertEquals(422, bad.statusCode());
        assertTrue(new JsonObject(bad.body()).getString("error").startsWith("unknown"), bad.body());
    }

    @Test
    void aConditionalCallIsMetOnTheSecondPledgeAndCountOnlyPledgersAreNeverNamed() {
        JsonObject filed = file(carol, report("Port strike", employer("Port Authority", "ES", null), "ES"));
        JsonObject call = ApiClient.object(carol.json("POST", API + "/calls", new JsonObject()
                .put("report_id", filed.getString("id"))
                .put("title", "Strike fund for the port")
                .put("description", "Help the dockers hold out")
                .put("asks", new JsonArray()
                        .add(new JsonObject().put("type", "money").put("label", "Give to the fund")
                                .put("currency", "EUR").put("payee_url", "https://fund.example/port"))
                        .add(new JsonObject().put("type", "sign").put("label", "Sign the letter")))
                .put("deadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString())
                .put("condition", new JsonObject().put("min_pledges", 2))));
        String id = call.getString("id");
        assertEquals("open", call.getString("state"));
        assertEquals(2, call.getJsonObject("condition").getInteger("min_pledges"));
        assertEquals(filed.getString("id"), call.getString("report_id"));
        String one = API + "/calls/" + id;

        JsonObject first = ApiClient.object(bob.json("POST", one + "/pledge", new JsonObject()
                .put("asks", new JsonArray().add(new JsonObject().put("ask", 0).put("amount", "20")
                        .put("currency", "EUR")))
                .put("country", "DE")));
        assertEquals("count-only", first.getJsonObject("pledge").getString("visibility"));
        assertEquals("open", first.getJsonObject("call").getString("state"));
        assertFalse(first.getBoolean("just_met"));
        JsonObject second = ApiClient.object(alice.json("POST", one + "/pledge", new JsonObject()
                .put("asks", new JsonArray().add(1)).put("visibility", "public").put("country", "FR")));
        assertTrue(second.getBoolean("just_met"));
        assertEquals("met", second.getJsonObject("call").getString("state"));

        HttpResponse<String> withdrawal = bob.send("DELETE", one + "/pledge", null, null);
        assertEquals(422, withdrawal.statusCode());
        assertEquals("a pledge can't be withdrawn once the call is met",
                new JsonObject(withdrawal.body()).getString("error"));

        JsonObject tally = ApiClient.object(anonymous.get(one + "/tally"));
        assertEquals(2, tally.getInteger("pledges"));
        assertEquals("met", tally.getString("state"));
        assertTrue(tally.getBoolean("condition_holds"));
        assertEquals("20", tally.getJsonArray("per_ask").getJsonObject(0).getJsonObject("money").getString("EUR"));
        assertEquals(2, tally.getInteger("countries"));

        JsonObject visible = ApiClient.object(carol.get(one + "/pledges"));
        assertEquals(2, visible.getInteger("total"));
        assertEquals(1, visible.getInteger("unnamed"));
        assertEquals("alice", visible.getJsonArray("named").getJsonObject(0).getString("acct"));
        JsonObject bobsView = ApiClient.object(bob.get(one));
        assertEquals("count-only", bobsView.getJsonObject("own_pledge").getString("visibility"));

        // bob pledged count-only: his name is on no surface, for any viewer
        List<String> paths = List.of(one, one + "/tally", one + "/pledges", API + "/reports",
                API + "/reports/" + filed.getString("id"), API + "/statistics?group_by=country",
                "/api/v1/statuses/" + call.getString("status_id"));
        for (ApiClient viewer : List.of(anonymous, alice, carol)) {
            for (String path : paths) {
                HttpResponse<String> response = viewer.get(path);
                assertEquals(200, response.statusCode(), path + " " + response.body());
                assertFalse(response.body().toLowerCase(Locale.ROOT).contains("bob"), path + ": " + response.body());
            }
        }
        for (String body : List.of(first.encode(), second.encode())) {
            assertFalse(body.toLowerCase(Locale.ROOT).contains("bob"), body);
        }

        assertEquals(404, alice.post(one + "/execute").statusCode());
        JsonObject executed = ApiClient.object(carol.post(one + "/execute"));
        assertEquals("executed", executed.getString("state"));
        assertEquals(422, carol.post(one + "/cancel").statusCode());
        assertEquals(422, carol.post(one + "/execute").statusCode());
        assertEquals(404, anonymous.get(API + "/calls/42").statusCode());
    }

    @Test
    void pledgesCanBeWithdrawnWhileTheCallIsOpenAndCallsCancelled() {
        JsonObject call = ApiClient.object(alice.json("POST", API + "/calls", new JsonObject()
                .put("title", "Boycott the scab brand")
                .put("asks", new JsonArray().add(new JsonObject().put("type", "boycott").put("label", "Boycott")
                        .put("brands", new JsonArray().add("ScabCola"))))
                .put("deadline", OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString())));
        String one = API + "/calls/" + call.getString("id");
        ApiClient.object(carol.json("POST", one + "/pledge", new JsonObject().put("asks", new JsonArray().add(0))
                .put("visibility", "caller-only")));
        assertEquals(1, ApiClient.object(alice.get(one + "/pledges")).getJsonArray("named").size());
        assertEquals(0, ApiClient.object(anonymous.get(one + "/pledges")).getJsonArray("named").size());
        JsonObject withdrawn = ApiClient.object(carol.send("DELETE", one + "/pledge", null, null));
        assertEquals(0, withdrawn.getJsonObject("call").getJsonObject("tally").getInteger("pledges"));
        assertEquals(404, carol.send("DELETE", one + "/pledge", null, null).statusCode());
        assertEquals("cancelled", ApiClient.object(alice.post(one + "/cancel")).getString("state"));
        assertEquals(422, carol.json("POST", one + "/pledge", new JsonObject().put("asks", new JsonArray().add(0)))
                .statusCode());
    }

    @Test
    void statisticsAsJsonAndCsv() {
        file(alice, report("Stats strike", employer("Stats Corp", "SE", null), "SE")
                .put("figures", new JsonArray().add(new JsonObject().put("kind", "hourly-earnings")
                        .put("value", "150").put("currency", "SEK").put("source_type", "agreement"))));
        JsonObject stats = ApiClient.object(anonymous.get(API + "/statistics?group_by=country"));
        assertEquals("country", stats.getString("group_by"));
        JsonObject se = stats.getJsonArray("struggles").stream().map(o -> (JsonObject) o)
                .filter(g -> "SE".equals(g.getString("key"))).findFirst().orElseThrow();
        assertTrue(se.getInteger("reports") >= 1);
        assertTrue(se.getLong("days_not_worked") >= 600, se.encode());
        assertTrue(stats.getJsonArray("figures").stream().map(o -> (JsonObject) o)
                .anyMatch(f -> "SEK".equals(f.getString("currency")) && "150".equals(f.getString("median"))));
        assertFalse(stats.getJsonArray("provenance").isEmpty());
        assertEquals("parent-employer", ApiClient.object(anonymous.get(API + "/statistics?group_by=parent"))
                .getString("group_by"));

        HttpResponse<String> csv = anonymous.send("GET", API + "/statistics?group_by=country&country=SE", null, null, "Accept", "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("content-type").orElse("").startsWith("text/csv"));
        assertEquals("attachment; filename=\"serge-statistics-country-struggles.csv\"",
                csv.headers().firstValue("content-disposition").orElse(""));
        assertTrue(csv.body().startsWith("dimension,key,label,reports,"), csv.body());
        assertTrue(csv.body().contains("\r\ncountry,SE,"), csv.body());

        HttpResponse<String> figures = anonymous.get(API + "/statistics.csv?group_by=year&table=figures");
        assertEquals(200, figures.statusCode(), figures.body());
        assertTrue(figures.body().startsWith("dimension,key,label,kind,ilostat_indicator"), figures.body());
        assertTrue(figures.headers().firstValue("content-disposition").orElse("").contains("year-figures.csv"));

        assertEquals(422, anonymous.get(API + "/statistics").statusCode());
        assertEquals(422, anonymous.get(API + "/statistics?group_by=planet").statusCode());
        assertEquals(422, anonymous.get(API + "/statistics.csv?group_by=year&table=x").statusCode());
        assertEquals(422, anonymous.get(API + "/statistics?group_by=year&from=yesterday").statusCode());
        assertEquals(422, anonymous.get(API + "/statistics?group_by=year&from=2025-02-01&to=2025-01-01")
                .statusCode());
    }

    @Test
    void badInputIsA4xxWithTheServiceMessage() {
        HttpResponse<String> noTitle = alice.json("POST", API + "/reports",
                report("x", null, "DE").put("title", ""));
        assertEquals(422, noTitle.statusCode());
        assertTrue(new JsonObject(noTitle.body()).getString("error").contains("title"), noTitle.body());
        HttpResponse<String> badCountry = alice.json("POST", API + "/reports", report("x", null, "Germany"));
        assertEquals(422, badCountry.statusCode());
        assertEquals("participants must be a whole number", new JsonObject(alice.json("POST", API + "/reports",
                report("x", null, "DE").put("participants", "many")).body()).getString("error"));
        assertEquals(422, alice.json("POST", API + "/reports", report("x", null, "DE")
                .put("figures", new JsonArray().add(new JsonObject().put("kind", "bananas").put("value", 1))))
                .statusCode());
        assertEquals(422, alice.json("POST", API + "/reports", report("x", null, "DE").put("figures", "none"))
                .statusCode());
        assertEquals(422, alice.json("POST", API + "/reports", report("x", null, "DE").put("start_date", "March"))
                .statusCode());
        assertEquals(422, alice.json("POST", API + "/reports", report("x",
                employer("Bad LEI Ltd", "GB", null).put("lei", "123"), "GB")).statusCode());
        assertEquals(400, alice.send("POST", API + "/reports", "application/json", "{not json").statusCode());
        assertEquals(400, alice.send("POST", API + "/reports", "application/json", "[1, 2]").statusCode());
        assertEquals(422, alice.json("POST", API + "/calls", new JsonObject().put("title", "t")).statusCode());
        HttpResponse<String> past = alice.json("POST", API + "/calls", new JsonObject().put("title", "t")
                .put("asks", new JsonArray().add(new JsonObject().put("type", "sign").put("label", "Sign")))
                .put("deadline", "2020-01-01T00:00:00Z"));
        assertEquals(422, past.statusCode());
        assertEquals("deadline must be between 5 minutes and a year from now",
                new JsonObject(past.body()).getString("error"));
        assertEquals(422, alice.json("POST", API + "/calls", new JsonObject().put("report_id", "abc")).statusCode());
        assertEquals(422, alice.json("POST", API + "/calls", new JsonObject().put("deadline", 5)).statusCode());
        JsonObject call = ApiClient.object(alice.json("POST", API + "/calls", new JsonObject().put("title", "t")
                .put("asks", new JsonArray().add(new JsonObject().put("type", "sign").put("label", "Sign")))
                .put("deadline", OffsetDateTime.now(ZoneOffset.UTC).plusHours(2).toString())));
        String pledge = API + "/calls/" + call.getString("id") + "/pledge";
        assertEquals("no such ask", new JsonObject(bob.json("POST", pledge,
                new JsonObject().put("asks", new JsonArray().add(7))).body()).getString("error"));
        assertEquals(422, bob.json("POST", pledge, new JsonObject()).statusCode());
        assertEquals(422, bob.json("POST", pledge, new JsonObject().put("asks", new JsonArray().add("x")))
                .statusCode());
        assertEquals(422, bob.json("POST", pledge, new JsonObject().put("asks", new JsonArray().add(0))
                .put("visibility", "secret")).statusCode());
        assertEquals(404, bob.json("POST", API + "/calls/42/pledge", new JsonObject()
                .put("asks", new JsonArray().add(0))).statusCode());
    }

    @Test
    void writingNeedsAMemberTokenWithWriteAndReadingAValidTokenIfAny() {
        JsonObject body = report("Anon", null, "DE");
        HttpResponse<String> noToken = anonymous.json("POST", API + "/reports", body);
        assertEquals(401, noToken.statusCode());
        assertEquals("The access token is invalid", new JsonObject(noToken.body()).getString("error"));
        assertEquals(401, anonymous.json("POST", API + "/calls", new JsonObject()).statusCode());
        assertEquals(401, anonymous.json("POST", API + "/calls/1/pledge", new JsonObject()).statusCode());
        assertEquals(401, anonymous.send("DELETE", API + "/calls/1/pledge", null, null).statusCode());
        assertEquals(401, anonymous.post(API + "/calls/1/execute").statusCode());
        assertEquals(401, anonymous.post(API + "/reports/1/status").statusCode());
        ApiClient readOnly = ApiClient.as(node, "alice", "read");
        assertEquals(403, readOnly.json("POST", API + "/reports", body).statusCode());
        ApiClient granular = ApiClient.as(node, "alice", "write:statuses");
        assertEquals(200, granular.json("POST", API + "/reports", body).statusCode());
        assertEquals(200, readOnly.get(API + "/reports").statusCode());
        assertEquals(401, ApiClient.anonymous(node).send("GET", API + "/reports", null, null, "Authorization", "Bearer nonsense").statusCode());
        assertEquals(401, ApiClient.anonymous(node).send("GET", API + "/statistics?group_by=year", null, null,
                "Authorization", "Bearer nonsense")
                .statusCode());
    }
}
