package org.serge.web.ops;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.serge.federation.delivery.DeliveryMetrics;
import org.serge.federation.delivery.DeliveryQueueStats;
import org.serge.federation.delivery.DeliveryWorker;
import org.serge.federation.delivery.HostCircuitBreaker;

/**
 * The node's Micrometer registry, in Prometheus form, built once by Wiring. Counters are incremented where things
 * happen (the delivery worker through {@link DeliveryMetrics}, the inbox through its hooks); the queue sizes are
 * read from PostgreSQL when the endpoint is scraped ({@link #sample}), so no timer queries the database.
 *
 * <p>The per-host breaker gauge carries a host tag, so it is bounded: only hosts with a delivery outcome in the
 * last {@link #RECENT} are listed, {@link #MAX_HOSTS} at most.
 */
public final class NodeMetrics implements DeliveryMetrics {

    static final Duration RECENT = Duration.ofMinutes(15);
    static final int MAX_HOSTS = 200;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter delivered = Counter.builder("serge.deliveries.delivered")
            .description("deliveries answered 2xx").register(registry);
    private final Counter failed = Counter.builder("serge.deliveries.failed")
            .description("deliveries dropped for good: refused, given up, or to an unavailable host")
            .register(registry);
    private final Counter retried = Counter.builder("serge.deliveries.retries")
            .description("failed attempts that will be tried again").register(registry);
    private final Counter inboxReceived = Counter.builder("serge.inbox.received")
            .description("activities stored by the inbox (duplicates not counted)").register(registry);
    private final Counter inboxProcessed = Counter.builder("serge.inbox.processed")
            .description("inbox activities finished by the processor").register(registry);
    private final AtomicLong queued = new AtomicLong();
    private final AtomicLong claimed = new AtomicLong();
    private final AtomicLong inboxPending = new AtomicLong();
    private final MultiGauge breakerOpen = MultiGauge.builder("serge.delivery.host.breaker.open")
            .description("1 when the host's circuit breaker is open (hosts with recent deliveries only)")
            .register(registry);
    private final Cache<String, Boolean> recentHosts = Caffeine.newBuilder().maximumSize(MAX_HOSTS)
            .expireAfterWrite(RECENT).build();
    private HostCircuitBreaker breaker;

    public NodeMetrics() {
        Gauge.builder("serge.deliveries.queued", queued, AtomicLong::get)
                .description("delivery rows in the queue (all processes)").register(registry);
        Gauge.builder("serge.deliveries.claimed", claimed, AtomicLong::get)
                .description("delivery rows claimed by a worker now (all processes)").register(registry);
        Gauge.builder("serge.inbox.pending", inboxPending, AtomicLong::get)
                .description("inbox activities stored and not processed yet").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    /** The worker of this process: its requests in flight, and its breaker's state per host. */
    public void bind(DeliveryWorker worker, HostCircuitBreaker workerBreaker) {
        this.breaker = workerBreaker;
        Gauge.builder("serge.deliveries.in.flight", worker, DeliveryWorker::inFlight)
                .description("requests in flight from this process").register(registry);
    }

    @Override
    public void delivered(String host) {
        delivered.increment();
        recentHosts.put(host, Boolean.TRUE);
    }

    @Override
    public void failed(String host) {
        failed.increment();
        recentHosts.put(host, Boolean.TRUE);
    }

    @Override
    public void retried(String host) {
        retried.increment();
        recentHosts.put(host, Boolean.TRUE);
    }

    public void inboxReceived() {
        inboxReceived.increment();
    }

    public void inboxProcessed() {
        inboxProcessed.increment();
    }

    /** Inbox activities finished by this process's processor since it started. */
    public long inboxProcessedCount() {
        return (long) inboxProcessed.count();
    }

    /** Reads the queue sizes and refreshes the breaker gauge; failures leave the last values. */
    public Future<Void> sample(DeliveryQueueStats stats, Pool pool) {
        HostCircuitBreaker current = breaker;
        if (current != null) {
            List<MultiGauge.Row<?>> rows = new ArrayList<>();
            for (String host : recentHosts.asMap().keySet()) {
                boolean open = current.isOpen(host);
                rows.add(MultiGauge.Row.of(Tags.of("host", host), open ? 1 : 0));
            }
            breakerOpen.register(rows, true);
        }
        Future<Void> deliveries = stats.totals().onSuccess(totals -> {
            queued.set(totals.queued());
            claimed.set(totals.claimed());
        }).mapEmpty();
        Future<Void> inbox = pool.query("SELECT count(*) FROM inbox_activities WHERE processed_at IS NULL").execute()
                .onSuccess(rows -> inboxPending.set(rows.iterator().next().getLong(0)))
                .mapEmpty();
        return Future.join(deliveries, inbox).mapEmpty();
    }

    /** The text exposition format 0.0.4. */
    public String scrape() {
        return registry.scrape(CONTENT_TYPE);
    }

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
}
