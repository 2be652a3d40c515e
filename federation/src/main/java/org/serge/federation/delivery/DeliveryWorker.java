package org.serge.federation.delivery;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.serge.federation.signature.HostSignatureSchemes;
import org.serge.federation.signature.SignatureScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims due deliveries in batches and sends them. Polls every {@code idlePoll} when idle, at once again after a
 * full batch, and when this process enqueues something ({@link DeliveryQueue#WAKE_ADDRESS}). Caps requests in flight
 * per worker and per host; claimed rows it cannot start now go back to the queue at once.
 *
 * <p>Outcomes as Mastodon classifies them: 2xx delivered; 4xx other than 401, 408, 429, and 501, dropped for good;
 * anything else (and network errors) retried after {@link DeliverySettings#backoff()} or Retry-After, whichever is
 * longer, until {@code maxAttempts} or {@code giveUpAfter}. A 401 to a host not known to want RFC 9421 is retried at
 * once with RFC 9421, and the host remembered when that works. Logs never carry an IP address.
 */
public final class DeliveryWorker extends VerticleBase {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final long SWEEP_MILLIS = Duration.ofMinutes(10).toMillis();

    private final DeliveryStore store;
    private final DeliverySigner signer;
    private final InboxPoster poster;
    private final HostSignatureSchemes schemes;
    private final DeliverySettings settings;
    private final HostCircuitBreaker breaker;
    private final HostAvailability availability;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    private final AtomicInteger inFlight = new AtomicInteger();
    private final Map<String, AtomicInteger> hostInFlight = new ConcurrentHashMap<>();
    private MessageConsumer<Object> wakeConsumer;
    private boolean polling;
    private boolean pollAgain;
    private boolean stopped;
    private long pollTimer = -1;
    private long sweepTimer = -1;

    public DeliveryWorker(DeliveryStore store, DeliverySigner signer, InboxPoster poster, HostSignatureSchemes schemes,
                          DeliverySettings settings) {
        this(store, signer, poster, schemes, settings,
                new HostCircuitBreaker(settings.breakerFailures(), settings.breakerOpen(), Clock.systemUTC()),
                HostAvailability.NONE, DeliveryMetrics.NONE);
    }

    /**
     * @param breaker      the per-host circuit breaker (given so that metrics can read its state)
     * @param availability where failures and successes per host are recorded, and unavailable hosts learnt
     * @param metrics      what is counted
     */
    public DeliveryWorker(DeliveryStore store, DeliverySigner signer, InboxPoster poster, HostSignatureSchemes schemes,
                          DeliverySettings settings, HostCircuitBreaker breaker, HostAvailability availability,
                          DeliveryMetrics metrics) {
        this.store = store;
        this.signer = signer;
        this.poster = poster;
        this.schemes = schemes;
        this.settings = settings;
        this.clock = Clock.systemUTC();
        this.breaker = breaker;
        this.availability = availability;
        this.metrics = metrics;
    }

    @Override
    public Future<?> start() {
        wakeConsumer = vertx.eventBus().localConsumer(DeliveryQueue.WAKE_ADDRESS, message -> poll());
        sweepTimer = vertx.setPeriodic(SWEEP_MILLIS, id -> store.sweepOrphans()
                .onFailure(e -> LOG.warn("sweeping finished activities failed: {}", e.toString())));
        context.runOnContext(v -> poll());
        return wakeConsumer.completion();
    }

    @Override
    public Future<?> stop() {
        stopped = true;
        vertx.cancelTimer(pollTimer);
        vertx.cancelTimer(sweepTimer);
        return wakeConsumer.unregister();
    }

    /** Requests in flight now (for tests and metrics). */
    public int inFlight() {
        return inFlight.get();
    }

    private void poll() {
        if (stopped) {
            return;
        }
        if (polling) {
            pollAgain = true;
            return;
        }
        int room = Math.min(settings.batchSize(), settings.maxInFlight() - inFlight.get());
        // while deliveries are in flight, claim only once there is room for a good part of a batch: a claim walks
        // past every row in flight, and many small claims cost the database more than the deliveries do; the
        // deliveries finishing call again
        if (room <= 0 || inFlight.get() > 0 && room < refill()) {
            return;
        }
        polling = true;
        pollAgain = false;
        store.claim(room, skippedHosts(), settings.claim()).onComplete(ar -> context.runOnContext(v -> {
            polling = false;
            if (ar.failed()) {
                LOG.warn("claiming deliveries failed: {}", ar.cause().toString());
                schedule(settings.idlePoll().multipliedBy(5));
                return;
            }
            dispatch(ar.result());
            if (ar.result().size() == room || pollAgain) {
                poll();
            } else {
                schedule(settings.idlePoll());
            }
        }));
    }

    private void schedule(Duration delay) {
        if (stopped) {
            return;
        }
        vertx.cancelTimer(pollTimer);
        pollTimer = vertx.setTimer(Math.max(1, delay.toMillis()), id -> poll());
    }

    private Set<String> skippedHosts() {
        Set<String> hosts = new HashSet<>(breaker.openHosts());
        hostInFlight.forEach((host, count) -> {
            if (count.get() >= settings.perHostInFlight()) {
                hosts.add(host);
            }
        });
        return hosts;
    }

    private void dispatch(List<ClaimedDelivery> claimed) {
        List<Long> released = new ArrayList<>();
        for (ClaimedDelivery delivery : claimed) {
            AtomicInteger perHost = hostInFlight.computeIfAbsent(delivery.host(), h -> new AtomicInteger());
            if (perHost.get() >= settings.perHostInFlight() || breaker.isOpen(delivery.host())) {
                released.add(delivery.id());
                continue;
            }
            perHost.incrementAndGet();
            inFlight.incrementAndGet();
            deliver(delivery).onComplete(ar -> context.runOnContext(v -> done(delivery, ar)));
        }
        store.release(released).onFailure(e -> LOG.warn("releasing deliveries failed: {}", e.toString()));
    }

    private Future<PostOutcome> deliver(ClaimedDelivery delivery) {
        URI inbox;
        try {
            inbox = new URI(delivery.inboxUrl());
        } catch (Exception e) {
            return Future.failedFuture(new RefusedDestinationException("not a URL"));
        }
        byte[] body = delivery.payload().getBytes(StandardCharsets.UTF_8);
        SignatureScheme first = schemes.preferred(delivery.host());
        return attempt(delivery, inbox, body, first).compose(outcome -> {
            if (outcome.status() != 401 || first == SignatureScheme.RFC9421) {
                return Future.succeededFuture(outcome);
            }
            return attempt(delivery, inbox, body, SignatureScheme.RFC9421).onSuccess(second -> {
                if (second.isSuccess()) {
                    schemes.remember(delivery.host(), SignatureScheme.RFC9421);
                }
            });
        });
    }

    private Future<PostOutcome> attempt(ClaimedDelivery delivery, URI inbox, byte[] body, SignatureScheme scheme) {
        return signer.sign(delivery.signerAccountId(), inbox, body, scheme)
                .compose(headers -> poster.post(inbox, headers, body));
    }

    private void done(ClaimedDelivery delivery, AsyncResult<PostOutcome> result) {
        settle(delivery, result)
                .onFailure(e -> LOG.warn("recording delivery {} failed: {}", delivery.id(), e.toString()))
                .onComplete(v -> context.runOnContext(x -> {
                    hostInFlight.computeIfPresent(delivery.host(), (h, n) -> n.decrementAndGet() <= 0 ? null : n);
                    inFlight.decrementAndGet();
                    poll();
                }));
    }

    private Future<Void> settle(ClaimedDelivery delivery, AsyncResult<PostOutcome> result) {
        if (result.succeeded()) {
            PostOutcome outcome = result.result();
            if (outcome.isSuccess()) {
                breaker.success(delivery.host());
                metrics.delivered(delivery.host());
                return answered(delivery).compose(v -> store.finish(delivery.id()));
            }
            if (outcome.isPermanentFailure()) {
                breaker.success(delivery.host());
                metrics.failed(delivery.host());
                LOG.info("delivery {} of activity {} to {} dropped: HTTP {}", delivery.id(), delivery.activityId(),
                        loggable(delivery.host()), outcome.status());
                return answered(delivery).compose(v -> store.finish(delivery.id()));
            }
            breaker.failure(delivery.host());
            return failedAttempt(delivery, outcome.status(), "HTTP " + outcome.status(), outcome.retryAfter());
        }
        Throwable cause = result.cause();
        if (cause instanceof RefusedDestinationException || cause instanceof SignerNotFoundException) {
            metrics.failed(delivery.host());
            LOG.info("delivery {} of activity {} to {} dropped: {}", delivery.id(), delivery.activityId(),
                    loggable(delivery.host()), cause.getMessage());
            return store.finish(delivery.id());
        }
        breaker.failure(delivery.host());
        return failedAttempt(delivery, null, cause.getClass().getSimpleName(), null);
    }

    /** The host answered: it is alive (a failure to record that must not keep the row from finishing). */
    private Future<Void> answered(ClaimedDelivery delivery) {
        return availability.succeeded(delivery.host()).recover(e -> {
            LOG.warn("recording the availability of {} failed: {}", loggable(delivery.host()), e.toString());
            return Future.succeededFuture();
        });
    }

    /** A failure worth a retry, unless the host has now been failing for so long that it is unavailable. */
    private Future<Void> failedAttempt(ClaimedDelivery delivery, Integer status, String error, Duration retryAfter) {
        return availability.failed(delivery.host())
                .recover(e -> {
                    LOG.warn("recording the availability of {} failed: {}", loggable(delivery.host()), e.toString());
                    return Future.succeededFuture(false);
                })
                .compose(unavailable -> {
                    if (unavailable) {
                        metrics.failed(delivery.host());
                        return store.finish(delivery.id());
                    }
                    return retry(delivery, status, error, retryAfter);
                });
    }

    private Future<Void> retry(ClaimedDelivery delivery, Integer status, String error, Duration retryAfter) {
        int failures = delivery.attempts() + 1;
        Duration delay = settings.backoff().delay(failures);
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        OffsetDateTime next = OffsetDateTime.now(clock).plus(delay).withOffsetSameInstant(ZoneOffset.UTC);
        if (failures >= settings.maxAttempts() || next.isAfter(delivery.createdAt().plus(settings.giveUpAfter()))) {
            LOG.info("delivery {} of activity {} to {} given up after {} attempts ({})", delivery.id(),
                    delivery.activityId(), loggable(delivery.host()), failures, error);
            metrics.failed(delivery.host());
            return store.finish(delivery.id());
        }
        metrics.retried(delivery.host());
        return store.retry(delivery.id(), next, status, error);
    }

    /** Free room worth a claim while deliveries are in flight: half a batch. */
    private int refill() {
        return Math.max(1, Math.min(settings.batchSize(), settings.maxInFlight()) / 2);
    }

    /** Host names may be logged; IP literals may not. */
    private static String loggable(String host) {
        String bare = host.startsWith("[") ? host : host.replaceFirst(":\\d+$", "");
        boolean ipLiteral = bare.startsWith("[") || bare.matches("[0-9.]+");
        return ipLiteral ? "an IP-literal host" : host;
    }
}
