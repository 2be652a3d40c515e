package org.serge.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Set;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.AccountResolver;
import org.serge.core.account.AccountService;
import org.serge.core.account.ActorType;
import org.serge.core.account.NewAccount;
import org.serge.core.account.RemoteAccountRepository;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.follow.FollowRepository;
import org.serge.core.follow.FollowService;
import org.serge.core.health.HealthCheck;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.moderation.DomainBlocks;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.StatusService;
import org.serge.core.status.StatusVisibilityPolicy;
import org.serge.core.token.TokenService;
import org.serge.core.work.DueWorkWorker;
import org.serge.federation.actor.ActorDocuments;
import org.serge.federation.actors.ActorMapper;
import org.serge.federation.actors.RemoteActors;
import org.serge.federation.delivery.DeliverySettings;
import org.serge.federation.delivery.DeliverySigner;
import org.serge.federation.delivery.DeliveryStore;
import org.serge.federation.delivery.DeliveryWorker;
import org.serge.federation.delivery.PgDeliveryQueue;
import org.serge.federation.delivery.VertxInboxPoster;
import org.serge.federation.fetch.FetchLimits;
import org.serge.federation.fetch.GuardedHttpClient;
import org.serge.federation.fetch.RemoteFetcher;
import org.serge.federation.fetch.RequestSigner;
import org.serge.federation.fetch.WebFingerClient;
import org.serge.federation.html.RemoteHtmlSanitizer;
import org.serge.federation.keys.KeyRefreshLimits;
import org.serge.federation.keys.KeyResolver;
import org.serge.federation.outgoing.ActivityPubFederator;
import org.serge.core.solidarity.SolidarityFederation;
import org.serge.federation.solidarity.PledgeCollection;
import org.serge.federation.solidarity.PledgeObjects;
import org.serge.federation.solidarity.RemoteTally;
import org.serge.federation.solidarity.SolidarityFederator;
import org.serge.federation.solidarity.SolidarityServices;
import org.serge.web.activitypub.EventRoutes;
import org.serge.web.activitypub.PledgeRoutes;
import org.serge.federation.outgoing.ActorIds;
import org.serge.federation.outgoing.FlagSender;
import org.serge.federation.outgoing.PinSender;
import org.serge.web.api.moderation.ModerationApiModule;
import org.serge.federation.outgoing.Addressing;
import org.serge.federation.outgoing.ObjectRenderer;
import org.serge.federation.signature.HostSignatureSchemes;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.web.activitypub.ActorRoutes;
import org.serge.web.api.media.MediaModule;
import org.serge.web.api.ApiModule;
import org.serge.web.api.MemberApiModule;
import org.serge.core.poll.PledgingCallVotes;
import org.serge.federation.outgoing.PollVoteSender;
import org.serge.federation.search.RemoteStatusResolvers;
import org.serge.web.api.misc.ClientApiModule;
import org.serge.web.activitypub.InboxModule;
import org.serge.federation.inbox.FetcherRemoteObjects;
import org.serge.federation.inbox.ResolverSignerKeys;
import org.serge.federation.inbox.SignatureCheck;
import org.serge.web.activitypub.SignedFetch;
import org.serge.web.activitypub.StatusRoutes;
import org.serge.web.pages.StatusPage;
import org.serge.federation.serving.PublishedObjects;
import org.serge.federation.serving.SignedFetchAuthenticator;
import org.serge.federation.signature.HttpSignatureVerifier;
import org.serge.federation.outgoing.ActivityRenderer;
import org.serge.federation.outgoing.StatusAttachments;
import org.serge.federation.outgoing.StatusContextLoader;
import org.serge.web.discovery.HostMetaRoutes;
import org.serge.web.discovery.NodeInfoRoutes;
import org.serge.web.discovery.WebFingerRoutes;
import org.serge.web.health.HealthRoutes;
import org.serge.web.http.FailureHandler;
import org.serge.web.http.RequestLog;
import org.serge.web.oauth.OAuthModule;
import org.serge.web.pages.ProfilePage;
import org.serge.web.ops.DeliveryOps;
import org.serge.web.solidarity.SolidarityModule;
import org.serge.web.streaming.StreamingModule;

/** The one place where the node's parts are built and connected. No service locator: constructors only. */
public final class Wiring {

    private final Vertx vertx;
    private final Pool pool;
    private final NodeConfig config;
    private final LocalUris uris;
    private final AccountRepository accountRepository;
    private final RemoteAccountRepository remoteAccounts;
    private final DomainBlocks domainBlocks;
    private final AccountService accounts;
    private final TokenService tokens;
    private final HealthCheck health;
    private final ActorDocuments actorDocuments;
    private final HostSignatureSchemes signatureSchemes = new HostSignatureSchemes();
    private final ActivityStreamsCodec codec = new ActivityStreamsCodec();
    private final RemoteFetcher fetcher;
    private final KeyResolver keys;
    private final RemoteActors resolver;
    private final StatusRepository statusRepository;
    private final FollowRepository followRepository;
    private final StatusVisibilityPolicy visibility;
    private final ObjectRenderer objectRenderer;
    private final ActivityPubFederator federator;
    private final StatusService statuses;
    private final FollowService follows;
    private final OAuthModule oauth;
    private final ApiModule api;
    private final PublishedObjects published;
    private final SignedFetchAuthenticator signedFetches;
    private final InboxModule inbox;
    private final DeliveryOps deliveryOps; // metrics, host availability, admin views of the queue
    private final MediaModule media;
    private final ClientApiModule clientApi;
    private final MemberApiModule memberApi; // polls, bookmarks, mutes, lists, filters
    private final ModerationApiModule moderationApi; // pins, edit history, domain blocks, reports
    private final StreamingModule streaming;
    private final SolidarityModule solidarityApi;
    private final SolidarityServices solidarity;
    private final SolidarityFederator solidarityFederator;
    private final PledgeCollection pledgeCollection;
    private final RemoteTally remoteTally;

    public Wiring(Vertx vertx, Pool pool, NodeConfig config) {
        Clock clock = Clock.systemUTC();
        this.vertx = vertx;
        this.pool = pool;
        this.config = config;
        this.uris = new LocalUris(config);
        this.accountRepository = new AccountRepository(pool);
        this.remoteAccounts = new RemoteAccountRepository(pool);
        this.domainBlocks = new DomainBlocks(pool);
        this.accounts = new AccountService(vertx, pool, accountRepository,
                Set.of(config.orgHandle(), applicationUsername(config)));
        this.tokens = new TokenService(pool);
        this.health = new HealthCheck(pool);
        this.actorDocuments = new ActorDocuments(uris);

        RequestSigner signer = new RequestSigner(vertx, accounts, uris, signatureSchemes, clock);
        GuardedHttpClient http = new GuardedHttpClient(vertx, config, domainBlocks, signer, FetchLimits.DEFAULTS);
        this.fetcher = new RemoteFetcher(http, codec);
        ActorMapper actorMapper = new ActorMapper(new RemoteHtmlSanitizer());
        this.keys = new KeyResolver(fetcher, remoteAccounts, actorMapper, domainBlocks, KeyRefreshLimits.DEFAULTS);
        this.resolver = new RemoteActors(config, accounts, remoteAccounts, fetcher,
                new WebFingerClient(http, codec, config), actorMapper, domainBlocks, clock);

        this.statusRepository = new StatusRepository(pool);
        this.followRepository = new FollowRepository(pool);
        InteractionRepository interactions = new InteractionRepository(pool);
        this.visibility = new StatusVisibilityPolicy(pool, followRepository);
        ActorIds actorIds = new ActorIds(uris);
        this.objectRenderer = new ObjectRenderer(actorIds, new Addressing(actorIds));
        PgDeliveryQueue deliveryQueue = new PgDeliveryQueue(vertx, pool);
        this.solidarity = SolidarityServices.of(pool, uris, config.domain());
        this.solidarityFederator = new SolidarityFederator(pool, uris, solidarity, deliveryQueue);
        this.pledgeCollection = new PledgeCollection(solidarity, solidarityFederator.store(), accountRepository, uris,
                config.domain());
        this.remoteTally = new RemoteTally(solidarity, new FetcherRemoteObjects(fetcher), resolver, remoteAccounts,
                accountRepository, uris, config.domain());
        this.oauth = new OAuthModule(vertx, pool, config, uris, accountRepository);
        this.media = new MediaModule(vertx, pool, config, oauth.auth());
        StatusAttachments attachments = media.service()::forStatus;
        this.federator = new ActivityPubFederator(statusRepository, remoteAccounts, accountRepository,
                followRepository, uris, deliveryQueue, attachments, solidarityFederator);
        this.statuses = new StatusService(statusRepository, interactions, visibility, resolver, remoteAccounts,
                federator, uris, config.domain(), media.service());
        this.follows = new FollowService(followRepository, interactions, remoteAccounts, federator, uris);
        this.api = new ApiModule(pool, uris, config.domain(), oauth.auth(), statuses, follows, resolver, federator,
                media.attachmentSource());
        this.published = new PublishedObjects(accounts, statusRepository,
                new StatusContextLoader(statusRepository, remoteAccounts, attachments), objectRenderer,
                new ActivityRenderer(actorIds), visibility, uris, solidarityFederator);
        HttpSignatureVerifier signatureVerifier = new HttpSignatureVerifier(clock);
        this.signedFetches = new SignedFetchAuthenticator(signatureVerifier, new SignatureCheck(signatureVerifier,
                new ResolverSignerKeys(keys), InboxModule.rsaPool(vertx)));
        this.deliveryOps = new DeliveryOps(pool);
        this.clientApi = new ClientApiModule(pool, config, uris, oauth.auth(), resolver, statusRepository,
                visibility, api, RemoteStatusResolvers.of(pool, uris, fetcher, codec, resolver, solidarity,
                        solidarityFederator));
        this.memberApi = new MemberApiModule(pool, uris, oauth.auth(), api, statuses, visibility,
                new PledgingCallVotes(solidarity.calls(), solidarity.pledges(), solidarityFederator),
                new PollVoteSender(remoteAccounts, actorIds, deliveryQueue));
        this.moderationApi = new ModerationApiModule(pool, uris, config.domain(), oauth.auth(), api, statuses, follows,
                visibility, new PinSender(followRepository, actorIds, deliveryQueue),
                new FlagSender(accountRepository, actorIds, deliveryQueue));
        this.streaming = new StreamingModule(pool, oauth.auth(), api, visibility);
        this.solidarityApi = new SolidarityModule(pool, uris, config.domain(), oauth.auth(),
                solidarity, solidarityFederator);
        this.inbox = new InboxModule(vertx, pool, config, domainBlocks, new ResolverSignerKeys(keys),
                new FetcherRemoteObjects(fetcher), resolver, federator, deliveryOps.inboxHooks(), solidarityFederator);
    }

    public AccountService accounts() {
        return accounts;
    }

    /** Reports, calls and pledges (the JSON API's services). */
    public SolidarityServices solidarity() {
        return solidarity;
    }

    /** What the solidarity services' callers hand their changes to. */
    public SolidarityFederation solidarityFederation() {
        return solidarityFederator;
    }

    /** The tally of a remote call, recounted from its origin's pledge collection. */
    public RemoteTally remoteTally() {
        return remoteTally;
    }

    public TokenService tokens() {
        return tokens;
    }

    public HealthCheck health() {
        return health;
    }

    public AccountResolver resolver() {
        return resolver;
    }

    public RemoteFetcher fetcher() {
        return fetcher;
    }

    public StatusService statuses() {
        return statuses;
    }

    public FollowService follows() {
        return follows;
    }

    /** The client API core: status and account loaders and renderers for other API modules. */
    public ApiModule api() {
        return api;
    }

    public DomainBlocks domainBlocks() {
        return domainBlocks;
    }

    public InboxModule inbox() {
        return inbox;
    }

    public DeliveryOps deliveryOps() {
        return deliveryOps;
    }

    /** Creates the node's Application actor and its organisation's Group actor when they are missing. */
    public Future<Void> ensureNodeActors() {
        String host = applicationUsername(config);
        return accounts.ensureNodeActor(new NewAccount(host, ActorType.Application, host,
                        "The server actor of " + config.domain(), null, false, true))
                .compose(app -> accounts.ensureNodeActor(new NewAccount(config.orgHandle(), ActorType.Group,
                        config.orgName(), config.orgSummary(), null, false, false)))
                .mapEmpty();
    }

    /** The background verticles: the delivery worker, the inbox processor and the workers of due work. */
    public Future<Void> deployWorkers() {
        DeliverySettings settings = DeliverySettings.defaults();
        WorkerExecutor signing = InboxModule.rsaPool(vertx);
        DeliveryWorker worker = deliveryOps.worker(new DeliveryStore(pool),
                new DeliverySigner(accountRepository, new ActorIds(uris), signing, Clock.systemUTC()),
                VertxInboxPoster.forNode(vertx, config, settings), signatureSchemes, settings);
        Future<?> deployed = vertx.deployVerticle(worker).compose(id -> inbox.deployProcessor());
        for (DueWorkWorker due : api.dueWorkers()) {
            deployed = deployed.compose(v -> vertx.deployVerticle(due));
        }
        return deployed.mapEmpty();
    }

    /** The HTTP routes; one router per HTTP verticle instance. */
    public Router router(Vertx vertx) {
        Router router = Router.router(vertx);
        router.route().handler(new RequestLog());
        // first: the busiest routes, and a route is matched only after every route mounted before it was tried
        inbox.mount(router);
        oauth.mount(router);
        media.mount(router);
        clientApi.mount(router);
        memberApi.mount(router);
        moderationApi.mount(router);
        api.mount(router);
        streaming.mount(router, vertx);
        solidarityApi.mount(router);
        new HealthRoutes(health).mount(router);
        new WebFingerRoutes(config, uris, accounts).mount(router);
        new HostMetaRoutes(config).mount(router);
        new NodeInfoRoutes(config, uris, accounts).mount(router);
        SignedFetch signedFetch = new SignedFetch(signedFetches, config);
        new ActorRoutes(uris, accounts, actorDocuments, new ProfilePage(uris, config.domain()), follows, signedFetch)
                .mount(router);
        new StatusRoutes(published, new StatusPage(uris, config.domain()), signedFetch).mount(router);
        new PledgeRoutes(pledgeCollection, new PledgeObjects(solidarity,
                accountRepository, remoteAccounts, uris), uris, signedFetch).mount(router);
        new EventRoutes(solidarityFederator, uris, signedFetch).mount(router);
        deliveryOps.mount(router, oauth.auth());
        router.get("/static/*").handler(StaticHandler.create("static").setCachingEnabled(true));
        FailureHandler failures = new FailureHandler();
        router.route().failureHandler(failures);
        router.errorHandler(404, failures);
        router.errorHandler(405, failures);
        router.errorHandler(500, failures);
        return router;
    }

    /** The Application actor's username: the node's host name without its port. */
    static String applicationUsername(NodeConfig config) {
        String domain = config.domain();
        int colon = domain.indexOf(':');
        return colon < 0 ? domain : domain.substring(0, colon);
    }
}
