package org.serge.core.solidarity.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.Solidarity;
import org.serge.core.solidarity.employer.EmployerRef;
import org.serge.core.solidarity.figure.NewFigure;
import org.serge.core.solidarity.vocab.ActionType;
import org.serge.core.solidarity.vocab.FigureKind;
import org.serge.core.solidarity.vocab.Outcome;
import org.serge.core.solidarity.vocab.StruggleStatus;
import org.serge.core.status.Status;
import org.serge.testkit.Fixtures;

@ExtendWith(VertxExtension.class)
class ReportServiceTest {

    private static Solidarity s;
    private static Account alice;
    private static Account bob;
    private static Account remote;

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        s = new Solidarity(vertx);
        Fixtures.insert(s.core.pool, Fixtures.ALICE)
                .compose(v -> Fixtures.insert(s.core.pool, Fixtures.BOB))
                .compose(v -> s.core.account(Fixtures.ALICE.id())).onSuccess(a -> alice = a)
                .compose(v -> s.core.account(Fixtures.BOB.id())).onSuccess(b -> bob = b)
                .compose(v -> s.core.remote("rosa", "other.test", false)).onSuccess(r -> remote = r)
                .onComplete(ctx.succeedingThenComplete());
    }

    private static NewReport full() {
        return new NewReport("Bakery strike at Brotwerk", "300 bakers strike for a 10% raise.",
                "# Why\n\nThey **strike**. <script>alert(1)</script> [link](javascript:alert(1)) [src](https://news.test/a)\n\n![x](https://img.test/x.png)",
                EmployerRef.named("Brotwerk GmbH", "DE"),
                List.of(new ReportOrganisation("NGG", "Berlin", false)), "ISIC", "4", "c10", "de", "DE-BE", "Berlin", 2,
                "strike", "unofficial", "ongoing", null, LocalDate.of(2025, 3, 3), null, 300, List.of("pay", "hours"),
                "10% more", List.of(new ReportSource("https://news.test/a", true)), "de",
                List.of(new NewFigure("monthly-earnings", new BigDecimal("2100.50"), null, "eur", "gross", "month",
                                LocalDate.of(2025, 1, 1), null, null, "bakers, Berlin site", 40, "payslips"),
                        NewFigure.of("weekly-hours-worked", "46", null, "member-survey"),
                        new NewFigure("fatal-injuries", BigDecimal.ONE, "cases", null, null, null, null,
                                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "", null, "official")));
    }

    @Test
    void filesAReportWithItsArticleStatusFiguresAndHistory(VertxTestContext ctx) {
        s.reports.fileLocal(alice, full())
                .compose(report -> s.core.statuses.findById(report.statusId()).map(java.util.Optional::orElseThrow)
                        .compose(status -> s.tags(status.id()).compose(tags -> s.reports.get(report.id())
                                .compose(stored -> s.reports.history(report.id()).map(history -> {
                                    assertEquals("Article", status.objectType());
                                    assertEquals(report.uri(), status.uri());
                                    assertTrue(status.local());
                                    assertEquals("Bakery strike at Brotwerk", status.title());
                                    assertTrue(status.content().startsWith("<p><strong>Bakery strike at Brotwerk"),
                                            status.content());
                                    assertTrue(status.content().contains(
                                            "Strike · Brotwerk GmbH · Germany · 300 participants · ongoing"),
                                            status.content());
                                    assertTrue(status.sourceText().endsWith("#BrotwerkGmbH #Manufacturing #Germany"),
                                            status.sourceText());
                                    assertEquals(List.of("brotwerkgmbh", "germany", "manufacturing"), tags);

                                    assertEquals("DE", stored.country());
                                    assertEquals("C10", stored.sector().code());
                                    assertEquals("DE-BE", stored.region());
                                    assertEquals(ActionType.STRIKE, stored.actionType());
                                    assertEquals("Brotwerk GmbH", stored.employer().legalName());
                                    assertEquals(List.of(new ReportOrganisation("NGG", "Berlin", false)),
                                            stored.organisations());
                                    assertEquals(List.of(new ReportSource("https://news.test/a", true)), stored.sources());
                                    assertEquals(3, stored.figures().size());
                                    var pay = stored.figures().get(0);
                                    assertEquals(FigureKind.MONTHLY_EARNINGS, pay.kind());
                                    assertEquals(0, new BigDecimal("2100.50").compareTo(pay.value()));
                                    assertEquals("EUR", pay.currency());
                                    assertEquals("EAR_4MTH_SEX_ECO_CUR_NB", pay.ilostatIndicator());
                                    assertEquals("HOW_TEMP_SEX_ECO_NB", stored.figures().get(1).ilostatIndicator());
                                    assertEquals("INJ_FATL_SEX_MIG_NB", stored.figures().get(2).ilostatIndicator());

                                    String html = stored.bodyHtml();
                                    assertTrue(html.contains("<h3>Why</h3>"), html);
                                    assertTrue(html.contains("<strong>strike</strong>"), html);
                                    assertFalse(html.contains("<script"), html);
                                    assertFalse(html.contains("javascript:"), html);
                                    assertFalse(html.contains("<img"), html);
                                    assertTrue(html.contains("<a href=\"https://news.test/a\" rel=\"nofollow noopener\">src</a>"),
                                            html);

                                    assertEquals(1, history.size());
                                    assertNull(history.get(0).fromStatus());
                                    assertEquals(StruggleStatus.ONGOING, history.get(0).toStatus());
                                    return stored;
                                })))))
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void everyInvalidFieldIs422AndWritesNothing(VertxTestContext ctx) {
        List<UnaryOperator<NewReport>> breakers = List.of(
                r -> with(r, "actionType", "riot"),
                r -> with(r, "actionType", "Strike"),
                r -> with(r, "status", "won"),
                r -> with(r, "authorisation", "wildcat"),
                r -> with(r, "outcome", "partly won"),
                r -> with(r, "country", "ZZ"),
                r -> with(r, "country", null),
                r -> with(r, "region", "FR-75"),
                r -> with(r, "sectorCode", "Z9"),
                r -> with(r, "title", " "),
                r -> with(r, "language", "not a tag!"),
                r -> with(r, "demand", "more cake"),
                r -> with(r, "dates", null),
                r -> with(r, "participants", null),
                r -> with(r, "source", "ftp://x.test/a"),
                r -> with(r, "employerLei", "ABCDEFGHIJKLMNOPQR00"),
                r -> figure(r, NewFigure.of("monthly-earnings", "2000", "XXY", "payslips")),
                r -> figure(r, NewFigure.of("monthly-earnings", "2000", null, "payslips")),
                r -> figure(r, NewFigure.of("weekly-hours-worked", "40", "EUR", "payslips")),
                r -> figure(r, NewFigure.of("wages", "40", null, "payslips")),
                r -> figure(r, NewFigure.of("weekly-hours-worked", "-1", null, "payslips")),
                r -> figure(r, NewFigure.of("weekly-hours-worked", "200", null, "payslips")),
                r -> figure(r, NewFigure.of("temporary-employees", "140", null, "official")),
                r -> figure(r, NewFigure.of("weekly-hours-worked", "40", null, "rumour")),
                r -> figure(r, new NewFigure("fatal-injuries", BigDecimal.ONE, "bodies", null, null, null, null, null,
                        null, null, null, "official")),
                r -> figure(r, new NewFigure("fatal-injuries", BigDecimal.ONE, null, null, "gross", null, null, null,
                        null, null, null, "official")),
                r -> figure(r, new NewFigure("hourly-earnings", BigDecimal.TEN, null, "EUR", "after-tax", null, null,
                        null, null, null, null, "payslips")),
                r -> figure(r, new NewFigure("hourly-earnings", BigDecimal.TEN, null, "EUR", null, null,
                        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), null, null,
                        "payslips")),
                r -> figure(r, new NewFigure("hourly-earnings", BigDecimal.TEN, null, "EUR", null, null, null,
                        LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1), null, null, "payslips")));
        s.counts().compose(before -> {
            List<Future<StruggleReport>> attempts = new ArrayList<>();
            breakers.forEach(b -> attempts.add(s.reports.fileLocal(alice, b.apply(full()))));
            return Future.join(attempts).transform(done -> s.counts().map(after -> {
                for (int i = 0; i < attempts.size(); i++) {
                    assertTrue(attempts.get(i).failed(), "breaker " + i);
                    assertTrue(attempts.get(i).cause() instanceof ServiceException, "breaker " + i + ": "
                            + attempts.get(i).cause());
                    assertEquals(422, ((ServiceException) attempts.get(i).cause()).status(),
                            "breaker " + i + ": " + attempts.get(i).cause().getMessage());
                }
                assertEquals(before, after);
                return after;
            }));
        }).onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void listsByEmployerGroupSectorCountryStatusAndHashtagWithPaging(VertxTestContext ctx) {
        EmployerRef parent = EmployerRef.named("Megacorp Inc.", "US");
        EmployerRef de = EmployerRef.named("Megacorp Deutschland GmbH", "DE").withParent(parent);
        EmployerRef fr = EmployerRef.named("Megacorp France SAS", "FR").withParent(parent);
        List<Long> ids = new ArrayList<>();
        s.reports.fileLocal(alice, Solidarity.report("Warehouse strike Leipzig", de, "DE", "H52", "ongoing", 500,
                        LocalDate.of(2025, 4, 1), null, List.of())).onSuccess(r -> ids.add(r.id()))
                .compose(v -> s.reports.fileLocal(bob, Solidarity.report("Grève entrepôt Lyon", fr, "FR", "H52", "ended",
                        200, LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 4), List.of()))).onSuccess(r -> ids.add(r.id()))
                .compose(v -> s.reports.fileLocal(alice, Solidarity.report("Unrelated bakery", EmployerRef.named(
                        "Small Bakery", "DE"), "DE", "C10", "ongoing", 12, null, null, List.of())))
                .onSuccess(r -> ids.add(r.id()))
                .compose(v -> s.employers.findOrCreate(parent))
                .compose(p -> s.employers.findOrCreate(de).compose(d -> Future.all(List.of(
                        s.reports.list(ReportFilter.all().employer(p.id(), false)),
                        s.reports.list(ReportFilter.all().employer(d.id(), true)),
                        s.reports.list(ReportFilter.all().employer(d.id(), false)),
                        s.reports.list(ReportFilter.all().sector("H")),
                        s.reports.list(ReportFilter.all().sector("C10")),
                        s.reports.list(ReportFilter.all().country("de").employer(p.id(), false)),
                        s.reports.list(ReportFilter.all().status("ended")),
                        s.reports.list(ReportFilter.all().hashtag("#MegacorpFranceSAS")),
                        s.reports.list(ReportFilter.all().page(null, 2)),
                        s.reports.list(ReportFilter.all().page(ids.get(1), 2))))))
                .map(all -> {
                    List<List<String>> titles = new ArrayList<>();
                    for (int i = 0; i < all.size(); i++) {
                        List<StruggleReport> page = all.resultAt(i);
                        titles.add(page.stream().map(StruggleReport::title).toList());
                    }
                    List<String> group = List.of("Grève entrepôt Lyon", "Warehouse strike Leipzig");
                    assertEquals(group, titles.get(0), "the parent takes both subsidiaries in two countries");
                    assertEquals(group, titles.get(1), "a subsidiary with wholeGroup takes the whole group");
                    assertEquals(List.of("Warehouse strike Leipzig"), titles.get(2));
                    assertEquals(group, titles.get(3));
                    assertEquals(List.of("Unrelated bakery"), titles.get(4));
                    assertEquals(List.of("Warehouse strike Leipzig"), titles.get(5));
                    assertEquals(List.of("Grève entrepôt Lyon"), titles.get(6));
                    assertEquals(List.of("Grève entrepôt Lyon"), titles.get(7));
                    assertEquals(List.of("Unrelated bakery", "Grève entrepôt Lyon"), titles.get(8));
                    assertEquals(List.of("Warehouse strike Leipzig"), titles.get(9));
                    return all;
                })
                .compose(v -> {
                    List<Future<List<StruggleReport>>> bad = List.of(s.reports.list(ReportFilter.all().country("XX")),
                            s.reports.list(ReportFilter.all().status("over")),
                            s.reports.list(ReportFilter.all().sector("9")));
                    return Future.join(bad).transform(done -> {
                        for (Future<List<StruggleReport>> f : bad) {
                            assertEquals(422, ((ServiceException) f.cause()).status());
                        }
                        return Future.succeededFuture();
                    });
                })
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void statusChangesKeepAHistoryAndRewriteTheStatusText(VertxTestContext ctx) {
        s.reports.fileLocal(alice, Solidarity.report("Port strike", EmployerRef.named("Port Ops Ltd", "GB"), "GB"))
                .compose(r -> s.reports.updateStatus(alice, r.id(), new StatusUpdate("ended", "partly-won",
                        LocalDate.of(2025, 3, 14), "deal signed")))
                .compose(r -> s.reports.updateStatus(bob, r.id(), StatusUpdate.to("ongoing", "not mine"))
                        .transform(ar -> {
                            assertEquals(404, ((ServiceException) ar.cause()).status());
                            return s.reports.updateStatus(alice, r.id(), StatusUpdate.to("finished", ""));
                        })
                        .transform(ar -> {
                            assertEquals(422, ((ServiceException) ar.cause()).status());
                            return s.reports.updateStatus(alice, r.id(), StatusUpdate.to("ended", "same again"));
                        })
                        .transform(ar -> {
                            assertEquals(422, ((ServiceException) ar.cause()).status(), "nothing changed");
                            return Future.succeededFuture(r);
                        }))
                .compose(r -> {
                    assertEquals(StruggleStatus.ENDED, r.status());
                    assertEquals(Outcome.PARTLY_WON, r.outcome());
                    assertEquals(LocalDate.of(2025, 3, 14), r.endDate());
                    return s.reports.history(r.id()).compose(history -> s.core.statuses.findById(r.statusId())
                            .map(status -> {
                                assertEquals(2, history.size());
                                StatusChange change = history.get(1);
                                assertEquals(StruggleStatus.ONGOING, change.fromStatus());
                                assertEquals(StruggleStatus.ENDED, change.toStatus());
                                assertNull(change.fromOutcome());
                                assertEquals(Outcome.PARTLY_WON, change.toOutcome());
                                assertEquals("deal signed", change.note());
                                Status st = status.orElseThrow();
                                assertTrue(st.content().contains("ended, partly-won"), st.content());
                                assertTrue(st.editedAt() != null);
                                return st;
                            }));
                })
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void storesRemoteReportsOnceAndAppliesTheirOriginsUpdates(VertxTestContext ctx) {
        String uri = "https://other.test/users/rosa/statuses/77";
        RemoteReport incoming = new RemoteReport(uri, "https://other.test/@rosa/77", remote.id(),
                OffsetDateTime.parse("2025-05-01T10:00:00Z"), Solidarity.report("Remote strike",
                EmployerRef.named("Far Away SA", "ES"), "ES"), "{\"type\":\"Article\"}");
        s.reports.storeRemote(incoming)
                .compose(r -> {
                    assertFalse(r.local());
                    assertEquals(uri, r.uri());
                    return s.core.statuses.findByUri(uri).map(st -> {
                        assertEquals("Article", st.orElseThrow().objectType());
                        assertFalse(st.get().local());
                        return r;
                    });
                })
                .compose(r -> s.reports.storeRemote(incoming).transform(ar -> {
                    assertEquals(409, ((ServiceException) ar.cause()).status());
                    return s.reports.storeRemote(new RemoteReport("https://x.test/1", null, alice.id(), null,
                            incoming.report(), null));
                }).transform(ar -> {
                    assertEquals(422, ((ServiceException) ar.cause()).status(), "a local author can't be remote");
                    return s.reports.applyRemoteUpdate(uri, alice.id(), StatusUpdate.to("ended", ""), null);
                }).transform(ar -> {
                    assertEquals(404, ((ServiceException) ar.cause()).status(), "only the author updates");
                    return s.reports.applyRemoteUpdate(uri, remote.id(), StatusUpdate.to("suspended", "talks"),
                            OffsetDateTime.parse("2025-05-02T10:00:00Z"));
                }))
                .compose(r -> s.reports.updateStatus(alice, r.id(), StatusUpdate.to("ended", "")).transform(ar -> {
                    assertEquals(404, ((ServiceException) ar.cause()).status(), "members can't change remote reports");
                    assertEquals(StruggleStatus.SUSPENDED, r.status());
                    return Future.succeededFuture(r);
                }))
                .onComplete(ctx.succeedingThenComplete());
    }

    private static NewReport figure(NewReport r, NewFigure f) {
        List<NewFigure> figures = new ArrayList<>(r.figures());
        figures.add(f);
        return new NewReport(r.title(), r.summary(), r.body(), r.employer(), r.organisations(), r.sectorScheme(),
                r.sectorVersion(), r.sectorCode(), r.country(), r.region(), r.locality(), r.sites(), r.actionType(),
                r.authorisation(), r.status(), r.outcome(), r.startDate(), r.endDate(), r.participants(),
                r.demandCategories(), r.demandsText(), r.sources(), r.language(), figures);
    }

    private static NewReport with(NewReport r, String field, String value) {
        return new NewReport(field.equals("title") ? value : r.title(), r.summary(), r.body(),
                field.equals("employerLei") ? r.employer().withLei(value) : r.employer(), r.organisations(),
                r.sectorScheme(), r.sectorVersion(), field.equals("sectorCode") ? value : r.sectorCode(),
                field.equals("country") ? value : r.country(), field.equals("region") ? value : r.region(),
                r.locality(), r.sites(), field.equals("actionType") ? value : r.actionType(),
                field.equals("authorisation") ? value : r.authorisation(), field.equals("status") ? value : r.status(),
                field.equals("outcome") ? value : r.outcome(), r.startDate(),
                field.equals("dates") ? r.startDate().minusDays(1) : r.endDate(),
                field.equals("participants") ? -5 : r.participants(),
                field.equals("demand") ? List.of(value) : r.demandCategories(), r.demandsText(),
                field.equals("source") ? List.of(new ReportSource(value, false)) : r.sources(),
                field.equals("language") ? value : r.language(), r.figures());
    }
}
