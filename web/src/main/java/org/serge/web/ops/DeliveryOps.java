package org.serge.web.ops;

import io.vertx.ext.web.Router;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import org.serge.federation.delivery.DeliveryQueueStats;
import org.serge.federation.delivery.DeliverySettings;
import org.serge.federation.delivery.DeliverySigner;
import org.serge.federation.delivery.DeliveryStore;
import org.serge.federation.delivery.DeliveryWorker;
import org.serge.federation.delivery.HostCircuitBreaker;
import org.serge.federation.delivery.InboxPoster;
import org.serge.federation.delivery.PgHostAvailability;
import org.serge.federation.signature.HostSignatureSchemes;
import org.serge.web.activitypub.InboxHooks;
import org.serge.web.oauth.ApiAuth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations side of federation, built once per node by Wiring: the metrics registry, host availability
 * (unavailable hosts, revived by the inbox), the queue's admin views, and their routes.
 */
public final class DeliveryOps {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryOps.class);

    private final Pool pool;
    private final NodeMetrics metrics = new NodeMetrics();
    private final PgHostAvailability availability;
    private final DeliveryQueueStats stats;
    private final Admins admins;

    public DeliveryOps(Pool pool) {
        this.pool = pool;
        this.availability = new PgHostAvailability(pool);
        this.stats = new DeliveryQueueStats(pool);
        this.admins = new Admins(pool);
    }

    /** For the inbox: a verified signer revives its host; stored and processed activities are counted. */
    public InboxHooks inboxHooks() {
        return new InboxHooks(host -> availability.revive(host)
                .onFailure(e -> LOG.warn("reviving a host failed: {}", e.toString())),
                metrics::inboxReceived, metrics::inboxProcessed);
    }

    /** The delivery worker of this process, with the knobs of {@link DeliveryKnobs} applied, counted. */
    public DeliveryWorker worker(DeliveryStore store, DeliverySigner signer, InboxPoster poster,
                                 HostSignatureSchemes schemes, DeliverySettings settings) {
        DeliverySettings tuned = DeliveryKnobs.apply(settings);
        HostCircuitBreaker breaker = new HostCircuitBreaker(tuned.breakerFailures(), tuned.breakerOpen(),
                Clock.systemUTC());
        DeliveryWorker worker = new DeliveryWorker(store, signer, poster, schemes, tuned, breaker, availability,
                metrics);
        metrics.bind(worker, breaker);
        return worker;
    }

    public void mount(Router router, ApiAuth auth) {
        new OpsRoutes(auth, admins, metrics, stats, pool).mount(router);
    }

    public DeliveryQueueStats stats() {
        return stats;
    }

    public PgHostAvailability availability() {
        return availability;
    }

    public NodeMetrics metrics() {
        return metrics;
    }
}
