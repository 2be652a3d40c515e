package org.serge.federation.inbox;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.serge.core.error.ServiceException;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.federation.vocab.ActivityStreamsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through stored inbox activities: on start (so that a restart resumes what was left), when woken by a
 * receive in this process ({@link #WAKE_ADDRESS}), and by polling. Rows are claimed in batches; one actor's rows are
 * handled one after the other in the order they arrived (a Create before its Update, a Follow before its Undo),
 * different actors' rows at the same time, so that the processor keeps up with the receiver instead of waiting on
 * one database round trip after another. A failing handler is retried with growing delays and then given up with
 * its error kept; a type without a handler is marked processed and ignored. Nothing thrown by a handler reaches the
 * event loop. Processed rows are forgotten after {@link InboxProcessorSettings#keepProcessed()}.
 */
public final class InboxProcessor extends VerticleBase {

    /** Local event-bus address: any message makes the processor look at the queue now. */
    public static final String WAKE_ADDRESS = "serge.inbox.wake";

    private static final Logger LOG = LoggerFactory.getLogger(InboxProcessor.class);
    private static final Duration MAX_RETRY_DELAY = Duration.ofHours(6);
    private static final long FORGET_EVERY_MILLIS = Duration.ofHours(1).toMillis();

    private final InboxStore store;
    private final ActivityStreamsCodec codec;
    private final ActivityHandlerRegistry registry;
    private final AccountLookup accounts;
    private final InboxProcessorSettings settings;
    private final Runnable onProcessed;

    private boolean draining;
    private boolean stopped;
    private boolean wokenWhileDraining;
    private long timerId = -1;
    private long forgetTimerId = -1;
    private MessageConsumer<Object> wakeConsumer;

    public InboxProcessor(InboxStore store, ActivityStreamsCodec codec, ActivityHandlerRegistry registry,
                          AccountLookup accounts, InboxProcessorSettings settings) {
        this(store, codec, registry, accounts, settings, () -> { });
    }

    /** @param onProcessed called once a row is finished, handled or given up (a metrics counter) */
    public InboxProcessor(InboxStore store, ActivityStreamsCodec codec, ActivityHandlerRegistry registry,
                          AccountLookup accounts, InboxProcessorSettings settings, Runnable onProcessed) {
        this.onProcessed = onProcessed;
        this.store = store;
        this.codec = codec;
        this.registry = registry;
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public Future<?> start() {
        wakeConsumer = vertx.eventBus().localConsumer(WAKE_ADDRESS, message -> drain());
        timerId = vertx.setPeriodic(settings.pollInterval().toMillis(), id -> drain());
        forgetTimerId = vertx.setPeriodic(FORGET_EVERY_MILLIS, id -> store.forgetProcessed(settings.keepProcessed())
                .onFailure(e -> LOG.warn("inbox: cannot forget processed activities: {}", e.toString())));
        drain();
        return wakeConsumer.completion();
    }

    @Override
    public Future<?> stop() {
        stopped = true;
        vertx.cancelTimer(timerId);
        vertx.cancelTimer(forgetTimerId);
        return wakeConsumer == null ? Future.succeededFuture() : wakeConsumer.unregister();
    }

    private void drain() {
        if (stopped) {
            return;
        }
        if (draining) {
            wokenWhileDraining = true;
            return;
        }
        draining = true;
        wokenWhileDraining = false;
        store.claim(settings.batchSize(), settings.lease())
                .compose(rows -> processByActor(rows).map(rows.size()))
                .onComplete(result -> {
                    draining = false;
                    if (result.failed()) {
                        LOG.warn("inbox: cannot claim activities: {}", result.cause().toString());
                    } else if (result.result() == settings.batchSize() || wokenWhileDraining) {
                        drain();
                    }
                });
    }

    /**
     * One actor's rows in order; actors spread over at most {@code concurrency} lanes that run at the same time, so
     * that the processor holds only a few database connections and leaves the rest to requests being answered.
     */
    private Future<Void> processByActor(List<InboxRow> rows) {
        Map<String, List<InboxRow>> byActor = new LinkedHashMap<>();
        rows.forEach(row -> byActor.computeIfAbsent(row.actorUri(), actor -> new ArrayList<>()).add(row));
        int laneCount = Math.max(1, Math.min(settings.concurrency(), byActor.size()));
        List<List<InboxRow>> lanes = new ArrayList<>();
        for (int i = 0; i < laneCount; i++) {
            lanes.add(new ArrayList<>());
        }
        int next = 0;
        for (List<InboxRow> actorRows : byActor.values()) {
            lanes.get(next++ % laneCount).addAll(actorRows);
        }
        return Future.join(lanes.stream().map(this::processInOrder).toList()).mapEmpty();
    }

    /**
     * A lane: each row handled once the one before it was, its outcome recorded meanwhile (the next row does not
     * wait for that write); the lane is done when every outcome is.
     */
    private Future<Void> processInOrder(List<InboxRow> rows) {
        List<Future<Void>> outcomes = new ArrayList<>(rows.size());
        Future<Void> chain = Future.succeededFuture();
        for (InboxRow row : rows) {
            chain = chain.compose(v -> {
                Future<Void> handled = handle(row);
                outcomes.add(handled.transform(result -> record(row, result.succeeded() ? null : result.cause())));
                return handled.otherwiseEmpty().mapEmpty();
            });
        }
        return chain.compose(v -> Future.join(outcomes)).mapEmpty();
    }

    /** Runs the row's handler; a failure is recorded by {@link #record}. */
    private Future<Void> handle(InboxRow row) {
        try {
            return dispatch(row).timeout(settings.handlerTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
    }

    private Future<Void> record(InboxRow row, Throwable failure) {
        Future<Void> recorded = failure == null
                ? store.markProcessed(row.id(), null).onSuccess(v -> onProcessed.run())
                : failed(row, failure);
        return recorded.recover(e -> {
            // the row stays claimed until its lease runs out, then it is tried again
            LOG.warn("inbox: cannot record the outcome of {}: {}", row.activityId(), e.toString());
            return Future.succeededFuture();
        });
    }

    private Future<Void> dispatch(InboxRow row) {
        ActivityHandler handler = registry.handlerFor(row.type()).orElse(null);
        if (handler == null) {
            return Future.succeededFuture();
        }
        Activity activity = codec.read(codec.readTree(row.payload().getBytes(StandardCharsets.UTF_8)))
                .activity().orElse(null);
        if (activity == null) {
            return Future.succeededFuture();
        }
        JsonObject raw = new JsonObject(row.payload());
        return accounts.known(row.actorUri()).compose(actor -> actor.isEmpty()
                ? Future.failedFuture(ServiceException.notFound("the actor is no longer known"))
                : handler.handle(new InboxContext(actor.get()), activity, raw));
    }

    private Future<Void> failed(InboxRow row, Throwable cause) {
        String error = describe(cause);
        boolean permanent = cause instanceof ServiceException service && service.status() < 500
                || cause instanceof ActivityStreamsException;
        if (permanent || row.attempts() >= settings.maxAttempts()) {
            LOG.info("inbox: gave up {} ({}): {}", row.activityId(), row.type(), error);
            return store.markProcessed(row.id(), error).onSuccess(v -> onProcessed.run());
        }
        LOG.debug("inbox: will retry {} ({}): {}", row.activityId(), row.type(), error);
        return store.retryLater(row.id(), retryDelay(row.attempts()), error);
    }

    private Duration retryDelay(int attempts) {
        Duration delay = settings.firstRetry().multipliedBy((long) Math.pow(4, Math.min(attempts - 1, 10)));
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    private static String describe(Throwable cause) {
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
