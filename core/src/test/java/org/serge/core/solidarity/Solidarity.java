package org.serge.core.solidarity;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.solidarity.call.CallRepository;
import org.serge.core.solidarity.call.CallService;
import org.serge.core.solidarity.employer.EmployerRef;
import org.serge.core.solidarity.employer.EmployerRepository;
import org.serge.core.solidarity.employer.EmployerService;
import org.serge.core.solidarity.figure.FigureRepository;
import org.serge.core.solidarity.figure.NewFigure;
import org.serge.core.solidarity.follow.StruggleFeedRepository;
import org.serge.core.solidarity.follow.StruggleFollowRepository;
import org.serge.core.solidarity.follow.StruggleFollowService;
import org.serge.core.solidarity.pledge.PledgeRepository;
import org.serge.core.solidarity.pledge.PledgeService;
import org.serge.core.solidarity.report.NewReport;
import org.serge.core.solidarity.report.ReportRepository;
import org.serge.core.solidarity.report.ReportService;
import org.serge.core.solidarity.stats.StatsRepository;
import org.serge.core.solidarity.stats.StatsService;
import org.serge.core.support.CoreServices;

/** The solidarity services over the core test services' fresh database, plus helpers for the tests. */
public final class Solidarity {

    public final CoreServices core;
    public final EmployerRepository employerRepository;
    public final EmployerService employers;
    public final ReportRepository reportRepository;
    public final ReportService reports;
    public final CallRepository callRepository;
    public final CallService calls;
    public final PledgeService pledges;
    public final StatsService stats;
    public final StruggleFollowService follows;

    public Solidarity(Vertx vertx) {
        core = new CoreServices(vertx);
        LocalUris uris = new LocalUris(new NodeConfig(CoreServices.DOMAIN, 8080, Path.of("."), null, false, "org",
                "Union", "", false));
        employerRepository = new EmployerRepository(core.pool);
        employers = new EmployerService(employerRepository);
        reportRepository = new ReportRepository(core.pool);
        FigureRepository figures = new FigureRepository(core.pool);
        StruggleFeedRepository feed = new StruggleFeedRepository(core.pool);
        reports = new ReportService(core.pool, reportRepository, figures, employers, core.statuses, core.accounts, uris,
                feed);
        follows = new StruggleFollowService(new StruggleFollowRepository(core.pool), feed, employers);
        callRepository = new CallRepository(core.pool);
        calls = new CallService(core.pool, callRepository, reportRepository, core.statuses, core.accounts, uris);
        pledges = new PledgeService(core.pool, callRepository, new PledgeRepository(core.pool), core.accounts, uris,
                CoreServices.DOMAIN);
        stats = new StatsService(new StatsRepository(core.pool), figures, CoreServices.DOMAIN);
    }

    /** The number of rows in a table. */
    public Future<Long> count(String table) {
        return core.pool.query("SELECT count(*) FROM " + table).execute().map(rows -> rows.iterator().next().getLong(0));
    }

    /** Row counts of every solidarity table and statuses, to check that a refused request wrote nothing. */
    public Future<List<Long>> counts() {
        return core.pool.query("SELECT (SELECT count(*) FROM employers), (SELECT count(*) FROM struggle_reports),"
                        + " (SELECT count(*) FROM condition_figures), (SELECT count(*) FROM report_status_history),"
                        + " (SELECT count(*) FROM solidarity_calls), (SELECT count(*) FROM pledges),"
                        + " (SELECT count(*) FROM statuses)").execute()
                .map(rows -> {
                    var row = rows.iterator().next();
                    return List.of(row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4),
                            row.getLong(5), row.getLong(6));
                });
    }

    public Future<List<String>> tags(long statusId) {
        return core.pool.preparedQuery("SELECT name FROM status_tags WHERE status_id = $1 ORDER BY name")
                .execute(Tuple.of(statusId)).map(rows -> {
                    List<String> tags = new java.util.ArrayList<>();
                    rows.forEach(r -> tags.add(r.getString(0)));
                    return tags;
                });
    }

    /** A valid report: a strike at an employer in a country, with the given figures. */
    public static NewReport report(String title, EmployerRef employer, String country, String sectorCode,
                                   String status, Integer participants, LocalDate start, LocalDate end,
                                   List<NewFigure> figures) {
        return new NewReport(title, "Workers walked out over pay.", "Body", employer, List.of(), sectorCode == null
                ? null : "ISIC", sectorCode == null ? null : "4", sectorCode, country, null, null, null, "strike",
                "official", status, null, start, end, participants, List.of("pay"), "", List.of(), "en", figures);
    }

    public static NewReport report(String title, EmployerRef employer, String country) {
        return report(title, employer, country, "C10", "ongoing", 300, LocalDate.of(2025, 3, 3), null, List.of());
    }
}
