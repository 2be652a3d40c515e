package org.serge.web.api.moderation;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import java.util.Set;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.follow.FollowService;
import org.serge.core.moderation.AccountDomainBlockRepository;
import org.serge.core.moderation.AccountDomainBlockService;
import org.serge.core.moderation.AccountReportRepository;
import org.serge.core.moderation.AccountReportService;
import org.serge.core.moderation.ReportForwarding;
import org.serge.core.pin.PinFederation;
import org.serge.core.pin.PinService;
import org.serge.core.pin.StatusPinRepository;
import org.serge.core.status.StatusEditRepository;
import org.serge.core.status.StatusService;
import org.serge.core.status.StatusVisibilityPolicy;
import org.serge.web.api.ApiModule;
import org.serge.web.api.misc.ApiEntities;
import org.serge.web.api.statuses.PinAndHistoryRoutes;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.ops.Admins;

/**
 * The parts of the Mastodon client API about one's profile and keeping one's corner of the network in order:
 * pinned statuses and edit history, domain blocks, and reports (with the administrators' list of them). Build it
 * once per node; mount it on each router after the OAuth module.
 */
public final class ModerationApiModule {

    private static final int BODY_LIMIT = 64 * 1024;

    private final PinAndHistoryRoutes statuses;
    private final DomainBlockRoutes domainBlocks;
    private final ReportRoutes reports;

    /**
     * {@code pinFederation} tells followers' servers of pins; {@code forwarding} sends reports about remote
     * accounts to their servers when the reporter asks.
     */
    public ModerationApiModule(Pool pool, LocalUris uris, String domain, ApiAuth auth, ApiModule api,
                               StatusService statusService, FollowService follows, StatusVisibilityPolicy visibility,
                               PinFederation pinFederation, ReportForwarding forwarding) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
        String base = uris.base();
        this.statuses = new PinAndHistoryRoutes(auth, statusService,
                new PinService(statusService, new StatusPinRepository(pool), pinFederation),
                new StatusEditRepository(pool),
                api.statusViews(), api.statusEntity(), api.accountEntity());
        AccountDomainBlockRepository blocks = new AccountDomainBlockRepository(pool);
        this.domainBlocks = new DomainBlockRoutes(auth, new AccountDomainBlockService(blocks, follows, domain), blocks,
                base, body);
        AccountReportRepository reportRepository = new AccountReportRepository(pool);
        // the node has no rules yet (GET /api/v1/instance/rules is empty): a report can't name a violated rule
        AccountReportService reportService = new AccountReportService(reportRepository,
                new RemoteAccountRepository(pool), statusService, forwarding, uris, Set.of());
        this.reports = new ReportRoutes(auth, reportService, reportRepository, new Admins(pool),
                new ApiEntities(api, visibility), base, body);
    }

    public void mount(Router router) {
        statuses.mount(router);
        domainBlocks.mount(router);
        reports.mount(router);
    }
}
