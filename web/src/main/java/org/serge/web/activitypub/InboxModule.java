package org.serge.web.activitypub;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import org.serge.core.account.AccountRepository;
import org.serge.core.account.AccountResolver;
import org.serge.core.config.LocalUris;
import org.serge.core.config.NodeConfig;
import org.serge.core.moderation.DomainBlocks;
import org.serge.core.outbox.Federator;
import org.serge.federation.inbox.InboxHandlers;
import org.serge.federation.inbox.InboxProcessor;
import org.serge.federation.inbox.InboxProcessorSettings;
import org.serge.federation.inbox.InboxReceiver;
import org.serge.federation.inbox.InboxStore;
import org.serge.federation.inbox.RemoteObjects;
import org.serge.federation.inbox.SignerKeys;
import org.serge.federation.signature.HttpSignatureVerifier;
import org.serge.federation.signature.RequestOrigin;
import org.serge.federation.vocab.ActivityStreamsCodec;

/**
 * The inbox, built in one piece: the receiver behind the HTTP routes, and the processor that applies what was
 * received. Wiring makes one, mounts it on every router and deploys the processor once.
 */
public final class InboxModule {

    /**
     * The shared worker pool for RSA work (verifying inbox signatures, signing deliveries), one thread per core:
     * RSA never runs on an event loop and never takes more threads than there are cores.
     */
    public static final String RSA_POOL = "serge-rsa";

    private final InboxReceiver receiver;
    private final InboxHandlers handlers;
    private final InboxStore store;
    private final ActivityStreamsCodec codec = new ActivityStreamsCodec();
    private final RequestOrigin nodeOrigin;
    private final InboxHooks hooks;
    private final Vertx vertx;
    private String processorDeployment;

    public InboxModule(Vertx vertx, Pool pool, NodeConfig config, DomainBlocks domainBlocks, SignerKeys signerKeys,
                       RemoteObjects remoteObjects, AccountResolver resolver, Federator federator) {
        this(vertx, pool, config, domainBlocks, signerKeys, remoteObjects, resolver, federator, InboxHooks.NONE);
    }

    public InboxModule(Vertx vertx, Pool pool, NodeConfig config, DomainBlocks domainBlocks, SignerKeys signerKeys,
                       RemoteObjects remoteObjects, AccountResolver resolver, Federator federator,
                       InboxHooks hooks) {
        this(vertx, pool, config, domainBlocks, signerKeys, remoteObjects, resolver, federator, hooks,
                org.serge.core.solidarity.SolidarityFederation.NONE);
    }

    /** With {@code solidarityFederation}, calls met by incoming pledges are announced at once. */
    public InboxModule(Vertx vertx, Pool pool, NodeConfig config, DomainBlocks domainBlocks, SignerKeys signerKeys,
                       RemoteObjects remoteObjects, AccountResolver resolver, Federator federator,
                       InboxHooks hooks, org.serge.core.solidarity.SolidarityFederation solidarityFederation) {
        this.hooks = hooks;
        this.vertx = vertx;
        this.store = new InboxStore(pool);
        this.nodeOrigin = new RequestOrigin(config.scheme(), config.domain());
        this.handlers = new InboxHandlers(pool, new LocalUris(config), resolver, remoteObjects, federator, codec,
                solidarityFederation);
        this.receiver = new InboxReceiver(codec, new HttpSignatureVerifier(Clock.systemUTC()), signerKeys,
                domainBlocks, new AccountRepository(pool), store,
                () -> {
                    hooks.received().run();
                    vertx.eventBus().publish(InboxProcessor.WAKE_ADDRESS, null);
                }, hooks.signerVerified(), rsaPool(vertx));
    }

    /** The node's shared RSA worker pool (see {@link #RSA_POOL}). */
    public static WorkerExecutor rsaPool(Vertx vertx) {
        return vertx.createSharedWorkerExecutor(RSA_POOL, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public void mount(Router router) {
        new InboxRoutes(receiver, nodeOrigin).mount(router);
    }

    /** Deploys the processor; it resumes whatever was stored and not processed before. */
    public Future<String> deployProcessor() {
        return vertx.deployVerticle(new InboxProcessor(store, codec, handlers.registry(), handlers.accounts(),
                InboxProcessorSettings.DEFAULTS, hooks.processed())).onSuccess(id -> processorDeployment = id);
    }

    /** Stops the processor (the inbox keeps storing; {@link #deployProcessor} resumes): for the inbox benchmark. */
    public Future<Void> stopProcessor() {
        String deployment = processorDeployment;
        processorDeployment = null;
        return deployment == null ? Future.succeededFuture() : vertx.undeploy(deployment);
    }

    public InboxReceiver receiver() {
        return receiver;
    }
}
