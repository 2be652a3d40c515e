package org.serge.federation.solidarity;

import io.vertx.sqlclient.Pool;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.solidarity.call.CallRepository;
import org.serge.core.solidarity.call.CallService;
import org.serge.core.solidarity.employer.EmployerRepository;
import org.serge.core.solidarity.employer.EmployerService;
import org.serge.core.solidarity.figure.FigureRepository;
import org.serge.core.solidarity.follow.StruggleFeedRepository;
import org.serge.core.solidarity.follow.StruggleFollowRepository;
import org.serge.core.solidarity.follow.StruggleFollowService;
import org.serge.core.solidarity.pledge.PledgeRepository;
import org.serge.core.solidarity.pledge.PledgeService;
import org.serge.core.solidarity.report.ReportRepository;
import org.serge.core.solidarity.report.ReportService;
import org.serge.core.status.StatusRepository;

/** The solidarity services over one database, as federation uses them. */
public record SolidarityServices(ReportService reports, CallService calls, PledgeService pledges,
                                 EmployerService employers, StruggleFollowService follows) {

    public static SolidarityServices of(Pool pool, LocalUris uris, String ownDomain) {
        ReportRepository reports = new ReportRepository(pool);
        CallRepository calls = new CallRepository(pool);
        StatusRepository statuses = new StatusRepository(pool);
        RemoteAccountRepository accounts = new RemoteAccountRepository(pool);
        EmployerService employers = new EmployerService(new EmployerRepository(pool));
        StruggleFeedRepository feed = new StruggleFeedRepository(pool);
        return new SolidarityServices(
                new ReportService(pool, reports, new FigureRepository(pool), employers, statuses, accounts, uris,
                        feed),
                new CallService(pool, calls, reports, statuses, accounts, uris),
                new PledgeService(pool, calls, new PledgeRepository(pool), accounts, uris, ownDomain),
                employers,
                new StruggleFollowService(new StruggleFollowRepository(pool), feed, employers));
    }
}
