package org.serge.web.solidarity;

import org.serge.federation.solidarity.SolidarityServices;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.solidarity.SolidarityFederation;
import org.serge.core.solidarity.call.CallRepository;
import org.serge.core.solidarity.call.CallService;
import org.serge.core.solidarity.employer.EmployerRepository;
import org.serge.core.solidarity.employer.EmployerService;
import org.serge.core.solidarity.figure.FigureRepository;
import org.serge.core.solidarity.follow.StruggleFollowService;
import org.serge.core.solidarity.pledge.PledgeRepository;
import org.serge.core.solidarity.pledge.PledgeService;
import org.serge.core.solidarity.report.ReportRepository;
import org.serge.core.solidarity.report.ReportService;
import org.serge.core.solidarity.stats.StatsRepository;
import org.serge.core.solidarity.stats.StatsService;
import org.serge.core.status.StatusRepository;
import org.serge.web.oauth.ApiAuth;

/**
 * The Serge API under {@code /api/serge/v1/}: struggle reports, employers, solidarity calls and pledges,
 * tallies and statistics, follows of employers, sectors, countries and hashtags and their feed, described by {@code openapi/serge-v1.yaml} (served at {@code openapi.yaml}). The same
 * tokens and scopes as the Mastodon API: reading is open to anonymous requests (a token that is sent must be
 * valid), writing needs a member's token with {@code write} or {@code write:statuses}. Each local change is
 * handed to {@link SolidarityFederation} once stored. Build it once per node; mount it after the client API.
 */
public final class SolidarityModule {

    static final String PREFIX = "/api/serge/v1";
    static final String WRITE = "write:statuses";
    private static final int BODY_LIMIT = 256 * 1024;

    private final EmployerService employers;
    private final ReportService reports;
    private final CallService calls;
    private final PledgeService pledges;
    private final StatsService stats;
    private final StruggleFollowService follows;
    private final ApiAuth auth;
    private final SolidarityFederation federation;
    private final String base;
    private final OpenApiRoutes openApi = new OpenApiRoutes();

    /** Over the node's shared solidarity services (those federation uses too). */
    public SolidarityModule(Pool pool, LocalUris uris, String domain, ApiAuth auth, SolidarityServices services,
                            SolidarityFederation federation) {
        this.employers = services.employers();
        this.reports = services.reports();
        this.calls = services.calls();
        this.pledges = services.pledges();
        this.follows = services.follows();
        this.stats = new StatsService(new StatsRepository(pool), new FigureRepository(pool), domain);
        this.auth = auth;
        this.federation = federation;
        this.base = uris.base();
    }

    /** With services of its own, for tests of the API alone. */
    public SolidarityModule(Pool pool, LocalUris uris, String domain, ApiAuth auth, SolidarityFederation federation) {
        this(pool, uris, domain, auth, SolidarityServices.of(pool, uris, domain), federation);
    }

    public ReportService reports() {
        return reports;
    }

    public CallService calls() {
        return calls;
    }

    public PledgeService pledges() {
        return pledges;
    }

    public void mount(Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
        openApi.mount(router);
        new ReportRoutes(auth, reports, federation, base, body).mount(router);
        new EmployerRoutes(auth, employers).mount(router);
        new CallRoutes(auth, calls, pledges, federation, body).mount(router);
        new StatisticsRoutes(auth, stats).mount(router);
        new FollowRoutes(auth, follows, reports, base).mount(router);
    }
}
