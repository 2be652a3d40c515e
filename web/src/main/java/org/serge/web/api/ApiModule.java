package org.serge.web.api;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.List;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.AccountViews;
import org.serge.core.account.ProfileService;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.follow.FollowRepository;
import org.serge.core.follow.FollowService;
import org.serge.core.follow.RelationshipRepository;
import org.serge.core.outbox.Federator;
import org.serge.core.pin.StatusPinRepository;
import org.serge.core.poll.PollEndings;
import org.serge.core.status.IdempotencyRepository;
import org.serge.core.status.IdempotentPosting;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.StatusService;
import org.serge.core.status.scheduled.ScheduledStatusRepository;
import org.serge.core.status.scheduled.ScheduledStatusService;
import org.serge.core.timeline.MediaAttachmentSource;
import org.serge.core.timeline.StatusViews;
import org.serge.core.timeline.TimelineRepository;
import org.serge.core.work.DueWorkWorker;
import org.serge.web.api.accounts.AccountApiRoutes;
import org.serge.web.api.entity.AccountEntity;
import org.serge.web.api.entity.StatusEntity;
import org.serge.web.api.statuses.StatusApiRoutes;
import org.serge.web.api.timelines.TimelineRoutes;
import org.serge.web.oauth.ApiAuth;

/**
 * The core of the Mastodon client API: accounts, statuses, timelines and relationships. Mount it right after
 * the OAuth module. Other API modules load statuses with {@link #statusViews()} (one batch, no N+1) and render
 * them with {@link #statusEntity()}; accounts likewise with {@link #accountViews()} and {@link #accountEntity()}.
 */
public final class ApiModule {

    private static final int BODY_LIMIT = 256 * 1024;

    private final LocalUris uris;
    private final String domain;
    private final ApiAuth auth;
    private final StatusService statuses;
    private final FollowService follows;
    private final AccountResolver resolver;
    private final FollowRepository followRepository;
    private final RemoteAccountRepository accounts;
    private final RelationshipRepository relationships;
    private final ProfileService profiles;
    private final IdempotentPosting posting;
    private final TimelineRepository timelines;
    private final AccountViews accountViews;
    private final StatusViews statusViews;
    private final AccountEntity accountEntity;
    private final StatusEntity statusEntity;
    private final StatusPinRepository pins;
    private final ScheduledStatusService scheduled;
    private final PollEndings pollEndings;
    private final MediaAttachmentSource media;

    public ApiModule(Pool pool, LocalUris uris, String domain, ApiAuth auth, StatusService statuses,
                     FollowService follows, AccountResolver resolver, Federator federator,
                     MediaAttachmentSource media) {
        this.uris = uris;
        this.domain = domain;
        this.auth = auth;
        this.statuses = statuses;
        this.follows = follows;
        this.resolver = resolver;
        this.followRepository = new FollowRepository(pool);
        this.accounts = new RemoteAccountRepository(pool);
        this.relationships = new RelationshipRepository(pool);
        this.accountViews = new AccountViews(pool);
        this.profiles = new ProfileService(new AccountRepository(pool), accountViews, federator);
        this.posting = new IdempotentPosting(statuses, new StatusRepository(pool), new IdempotencyRepository(pool));
        this.timelines = new TimelineRepository(pool);
        this.statusViews = new StatusViews(pool, accountViews, media);
        this.accountEntity = new AccountEntity(uris);
        this.statusEntity = new StatusEntity(uris, accountEntity);
        this.pins = new StatusPinRepository(pool);
        this.media = media;
        this.pollEndings = new PollEndings(pool, new StatusRepository(pool), federator);
        this.scheduled = new ScheduledStatusService(new ScheduledStatusRepository(pool), statuses,
                new AccountRepository(pool), Clock.systemUTC());
    }

    public AccountViews accountViews() {
        return accountViews;
    }

    public StatusViews statusViews() {
        return statusViews;
    }

    public AccountEntity accountEntity() {
        return accountEntity;
    }

    public StatusEntity statusEntity() {
        return statusEntity;
    }

    public RelationshipRepository relationships() {
        return relationships;
    }

    /** Scheduled statuses, which the {@link #dueWorkers} publish when due. */
    public ScheduledStatusService scheduledStatuses() {
        return scheduled;
    }

    /** Ended polls, whose author and voters the {@link #dueWorkers} notify. */
    public PollEndings pollEndings() {
        return pollEndings;
    }

    /** The workers that publish due scheduled statuses and tell of ended polls (deploy them once per process). */
    public List<DueWorkWorker> dueWorkers() {
        return List.of(new DueWorkWorker("publishing scheduled statuses", scheduled::publishDue, Clock.systemUTC(),
                        DueWorkWorker.DEFAULT_INTERVAL),
                new DueWorkWorker("notifying of ended polls", pollEndings::notifyEnded, Clock.systemUTC(),
                        DueWorkWorker.DEFAULT_INTERVAL));
    }

    public void mount(Router router) {
        BodyHandler body = BodyHandler.create(false).setBodyLimit(BODY_LIMIT);
        String base = uris.base();
        new CredentialsRoutes(auth, accountViews, followRepository, accountEntity).mount(router);
        new AccountApiRoutes(auth, accountViews, accounts, resolver, follows, followRepository, relationships,
                profiles, timelines, statusViews, accountEntity, statusEntity, domain, base, body, pins).mount(router);
        new StatusApiRoutes(auth, statuses, posting, timelines, statusViews, accountViews, statusEntity,
                accountEntity, base, body, scheduled, media).mount(router);
        new TimelineRoutes(auth, timelines, statusViews, statusEntity, base).mount(router);
    }
}
