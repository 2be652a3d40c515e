package org.serge.core.solidarity.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.error.ServiceException;
import org.serge.core.solidarity.Solidarity;
import org.serge.core.solidarity.employer.EmployerRef;
import org.serge.core.solidarity.figure.NewFigure;
import org.serge.core.solidarity.report.NewReport;
import org.serge.core.solidarity.report.RemoteReport;
import org.serge.core.support.CoreServices;
import org.serge.testkit.Fixtures;

/**
 * A small dataset, checked by hand:
 * <pre>
 * R1 local   Megacorp DE  DE H52 strike ended      100 Mon 3 - Fri 7 Mar 2025  5 days  500  won  EUR gross 2000, 2400; 45 h
 * R2 remote  Megacorp FR  FR H52 strike ongoing     50 Thu 6 - Tue 11 Mar 2025 4 days  200       EUR gross 2200, 1800; 2 fatal
 * R3 local   Bakery       DE C10 rally  ongoing     40 1 Apr 2025 (a rally stops no work)          USD 3000; 3 non-fatal; 40 h
 * R4 local   Megacorp DE  DE H52 strike threatened 300 10 Apr 2025, no end (didn't happen)         EUR net 2600
 * </pre>
 */
@ExtendWith(VertxExtension.class)
class StatsServiceTest {

    static final String BAKERY = "Bakery \"Sun\", Ltd";
    static final EmployerRef MEGACORP = EmployerRef.named("Megacorp Inc.", "US");
    static final EmployerRef MEGA_DE = EmployerRef.named("Megacorp Deutschland GmbH", "DE").withParent(MEGACORP);
    static final EmployerRef MEGA_FR = EmployerRef.named("Megacorp France SAS", "FR").withParent(MEGACORP);

    private static Solidarity s;
    private static long megacorpId;
    private static long megaDeId;

    @BeforeAll
    static void setUp(Vertx vertx, VertxTestContext ctx) {
        s = new Solidarity(vertx);
        Future<Account> alice = Fixtures.insert(s.core.pool, Fixtures.ALICE).compose(v -> s.core.account(Fixtures.ALICE.id()));
        alice.compose(a -> s.core.remote("rosa", "other.test", false).compose(rosa -> s.reports.fileLocal(a,
                        report(MEGA_DE, "DE", "H52", "strike", "ended", "won", 100, LocalDate.of(2025, 3, 3),
                                LocalDate.of(2025, 3, 7), List.of(earnings("2000", "EUR", "gross"),
                                        earnings("2400", "EUR", "gross"), NewFigure.of("weekly-hours-worked", "45", null,
                                                "member-survey"))))
                .compose(r -> s.reports.storeRemote(new RemoteReport("https://other.test/users/rosa/statuses/1", null,
                        rosa.id(), null, report(MEGA_FR, "FR", "H52", "strike", "ongoing", null, 50,
                        LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 11), List.of(earnings("2200", "EUR", "gross"),
                                earnings("1800", "EUR", "gross"), NewFigure.of("fatal-injuries", "2", null, "official"))),
                        null)))
                .compose(r -> s.reports.fileLocal(a, report(EmployerRef.named(BAKERY, "DE"), "DE", "C10", "rally",
                        "ongoing", null, 40, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1),
                        List.of(earnings("3000", "USD", "gross"), NewFigure.of("non-fatal-injuries", "3", null, "employer"),
                                NewFigure.of("weekly-hours-worked", "40", null, "agreement")))))
                .compose(r -> s.reports.fileLocal(a, report(MEGA_DE, "DE", "H52", "strike", "threatened", null, 300,
                        LocalDate.of(2025, 4, 10), null, List.of(earnings("2600", "EUR", "net")))))))
                .compose(v -> s.employers.findOrCreate(MEGACORP)).onSuccess(e -> megacorpId = e.id())
                .compose(v -> s.employers.findOrCreate(MEGA_DE)).onSuccess(e -> megaDeId = e.id())
                .onComplete(ctx.succeedingThenComplete());
    }

    static NewFigure earnings(String value, String currency, String basis) {
        return new NewFigure("monthly-earnings", new BigDecimal(value), null, currency, basis, "month", null, null, null,
                null, null, "payslips");
    }

    static NewReport report(EmployerRef employer, String country, String sector, String action, String status,
                            String outcome, int participants, LocalDate start, LocalDate end, List<NewFigure> figures) {
        return new NewReport("Report " + employer.legalName() + " " + status, "", "", employer, List.of(), "ISIC", "4",
                sector, country, null, null, null, action, null, status, outcome, start, end, participants, List.of(), "",
                List.of(), null, figures);
    }

    @Test
    void workingDaysCountMondayToFridayBothIncluded() {
        assertEquals(5, WorkingDays.between(LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 7)));
        assertEquals(4, WorkingDays.between(LocalDate.of(2025, 3, 6), LocalDate.of(2025, 3, 11)));
        assertEquals(0, WorkingDays.between(LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 9)));
        assertEquals(21, WorkingDays.between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)), "1 March 2025 is a Saturday");
        assertEquals(261, WorkingDays.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
        assertEquals(new BigDecimal("2100"), Medians.of(List.of(new BigDecimal("2400"), new BigDecimal("1800"),
                new BigDecimal("2200"), new BigDecimal("2000"))));
        assertEquals(new BigDecimal("2"), Medians.of(List.of(BigDecimal.ONE, new BigDecimal("2"), BigDecimal.TEN)));
        assertNull(Medians.of(List.of()));
    }

    @Test
    void byParentEmployerGroupsSubsidiariesAndKeepsCurrenciesApart(VertxTestContext ctx) {
        s.stats.statistics(StatsQuery.by(StatsDimension.PARENT_EMPLOYER)).map(st -> {
            assertEquals(2, st.struggles().size());
            StruggleStats mega = st.struggles().stream().filter(g -> g.key().equals(String.valueOf(megacorpId)))
                    .findFirst().orElseThrow();
            assertEquals("Megacorp Inc.", mega.label());
            assertEquals(3, mega.reports());
            assertEquals(Map.of("ended", 1, "ongoing", 1, "threatened", 1), mega.byStatus());
            assertEquals(Map.of("won", 1), mega.byOutcome());
            assertEquals(Map.of("strike", 3), mega.byActionType());
            assertEquals(450, mega.participants());
            assertEquals(700, mega.daysNotWorked(), "100 x 5 + 50 x 4");
            assertEquals(2, mega.reportsWithDaysNotWorked());
            StruggleStats bakery = st.struggles().stream().filter(g -> g.label().equals(BAKERY)).findFirst()
                    .orElseThrow();
            assertEquals(0, bakery.daysNotWorked(), "a rally stops no work");

            List<FigureStats> megaFigures = st.figures().stream().filter(f -> f.key().equals(mega.key())).toList();
            assertEquals(List.of("fatal-injuries/cases/null/null/1/2/2",
                            "monthly-earnings/currency-per-month/EUR/gross/4/2100/null",
                            "monthly-earnings/currency-per-month/EUR/net/1/2600/null",
                            "weekly-hours-worked/hours-per-week/null/null/1/45/null"),
                    megaFigures.stream().map(StatsServiceTest::describe).toList());
            List<FigureStats> bakeryFigures = st.figures().stream().filter(f -> f.key().equals(bakery.key())).toList();
            assertEquals(List.of("monthly-earnings/currency-per-month/USD/gross/1/3000/null",
                            "non-fatal-injuries/cases/null/null/1/3/3",
                            "weekly-hours-worked/hours-per-week/null/null/1/40/null"),
                    bakeryFigures.stream().map(StatsServiceTest::describe).toList());

            List<String> provenance = st.provenance().stream().filter(p -> p.key().equals(mega.key()))
                    .map(p -> p.node() + ":" + p.reports() + ":" + p.figures()).toList();
            assertEquals(List.of("other.test:1:3", CoreServices.DOMAIN + ":2:4"), provenance);
            return st;
        }).onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void byCountryMonthAndSectorAndFilteredBySubsidiary(VertxTestContext ctx) {
        Future.all(s.stats.statistics(StatsQuery.by(StatsDimension.COUNTRY)),
                        s.stats.statistics(StatsQuery.by(StatsDimension.MONTH)),
                        s.stats.statistics(StatsQuery.by(StatsDimension.SECTOR)),
                        s.stats.statistics(new StatsQuery(StatsDimension.EMPLOYER, megaDeId, null, null, null)),
                        s.stats.statistics(new StatsQuery(StatsDimension.YEAR, null, "DE", LocalDate.of(2025, 3, 1),
                                LocalDate.of(2025, 3, 31))))
                .map(all -> {
                    Statistics country = all.resultAt(0);
                    assertEquals(List.of("DE:3:440:500", "FR:1:50:200"), country.struggles().stream()
                            .map(g -> g.key() + ":" + g.reports() + ":" + g.participants() + ":" + g.daysNotWorked())
                            .toList());
                    FigureStats deEuro = country.figures().stream().filter(f -> f.key().equals("DE")
                            && "EUR".equals(f.currency()) && "gross".equals(f.basis())).findFirst().orElseThrow();
                    assertEquals(0, new BigDecimal("2200").compareTo(deEuro.median()), "median of 2000 and 2400");
                    Statistics month = all.resultAt(1);
                    assertEquals(List.of("2025-03:2:700", "2025-04:2:0"), month.struggles().stream()
                            .map(g -> g.key() + ":" + g.reports() + ":" + g.daysNotWorked()).toList());
                    Statistics sector = all.resultAt(2);
                    assertEquals(List.of("ISIC 4 C:Manufacturing:1", "ISIC 4 H:Transport:3"), sector.struggles().stream()
                            .map(g -> g.key() + ":" + g.label() + ":" + g.reports()).toList());
                    Statistics subsidiary = all.resultAt(3);
                    assertEquals(1, subsidiary.struggles().size());
                    assertEquals(2, subsidiary.struggles().get(0).reports(), "the German subsidiary's two reports");
                    Statistics march = all.resultAt(4);
                    assertEquals(List.of("2025:1:500"), march.struggles().stream()
                            .map(g -> g.key() + ":" + g.reports() + ":" + g.daysNotWorked()).toList());
                    return all;
                })
                .compose(v -> {
                    List<Future<Statistics>> bad = List.of(s.stats.statistics(new StatsQuery(null, null, null, null, null)),
                            s.stats.statistics(new StatsQuery(StatsDimension.YEAR, null, "XX", null, null)),
                            s.stats.statistics(new StatsQuery(StatsDimension.YEAR, null, null, LocalDate.of(2025, 2, 1),
                                    LocalDate.of(2025, 1, 1))));
                    return Future.join(bad).transform(done -> {
                        bad.forEach(f -> assertEquals(422, ((ServiceException) f.cause()).status()));
                        return Future.succeededFuture();
                    });
                })
                .onComplete(ctx.succeedingThenComplete());
    }

    @Test
    void csvFollowsRfc4180(VertxTestContext ctx) {
        s.stats.statistics(StatsQuery.by(StatsDimension.PARENT_EMPLOYER)).map(st -> {
            String struggles = StatsCsv.struggles(st);
            String[] lines = struggles.split("\r\n", -1);
            assertEquals(4, lines.length, "header, two groups, and the final CRLF");
            assertEquals("", lines[3]);
            assertTrue(lines[0].startsWith("dimension,key,label,reports,participants,days_not_worked,"
                    + "reports_with_days_not_worked,status_threatened,status_planned,status_ongoing,"), lines[0]);
            assertTrue(lines[0].contains(",outcome_partly_won,"), lines[0]);
            assertTrue(lines[0].endsWith(",action_organising_drive"), lines[0]);
            String mega = lines[1].startsWith("parent-employer," + megacorpId) ? lines[1] : lines[2];
            assertTrue(mega.startsWith("parent-employer," + megacorpId + ",Megacorp Inc.,3,450,700,2,1,0,1,0,1,0,1,0,0,0,0,3,"),
                    mega);
            assertTrue(struggles.contains(",\"Bakery \"\"Sun\"\", Ltd\",1,40,0,0,"), struggles);

            String figures = StatsCsv.figures(st);
            assertTrue(figures.startsWith("dimension,key,label,kind,ilostat_indicator,unit,currency,basis,figures,median,sum\r\n"));
            assertTrue(figures.contains("parent-employer," + megacorpId + ",Megacorp Inc.,monthly-earnings,"
                    + "EAR_4MTH_SEX_ECO_CUR_NB,currency-per-month,EUR,gross,4,2100,\r\n"), figures);
            assertTrue(figures.contains(",Megacorp Inc.,fatal-injuries,INJ_FATL_SEX_MIG_NB,cases,,,1,2,2\r\n"), figures);

            String provenance = StatsCsv.provenance(st);
            assertTrue(provenance.contains("parent-employer," + megacorpId + ",Megacorp Inc.,other.test,1,3\r\n"),
                    provenance);
            assertEquals("plain", StatsCsv.field("plain"));
            assertEquals("\"a,b\"", StatsCsv.field("a,b"));
            assertEquals("\"line\nbreak\"", StatsCsv.field("line\nbreak"));
            assertEquals("\"say \"\"hi\"\"\"", StatsCsv.field("say \"hi\""));
            return st;
        }).onComplete(ctx.succeedingThenComplete());
    }

    private static String describe(FigureStats f) {
        return f.kind() + "/" + f.unit() + "/" + f.currency() + "/" + f.basis() + "/" + f.figures() + "/"
                + (f.median() == null ? null : f.median().stripTrailingZeros().toPlainString()) + "/"
                + (f.sum() == null ? null : f.sum().stripTrailingZeros().toPlainString());
    }
}
