package org.serge.core.work;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Does work that falls due with time (scheduled statuses to publish, ended polls to tell of): every few seconds it
 * runs one step with the time by its clock, never two at once. State lives only in the tables, so a restart loses
 * nothing and several processes may run one worker each (the steps claim rows with SKIP LOCKED).
 */
public final class DueWorkWorker extends AbstractVerticle {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(DueWorkWorker.class);

    private final String what;
    private final Function<OffsetDateTime, Future<?>> step;
    private final Clock clock;
    private final Duration interval;
    private long timer = -1;
    private boolean running;

    /** @param what what the step does, for the log ("publishing scheduled statuses") */
    public DueWorkWorker(String what, Function<OffsetDateTime, Future<?>> step, Clock clock, Duration interval) {
        this.what = what;
        this.step = step;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public void start() {
        timer = vertx.setPeriodic(interval.toMillis(), id -> run());
    }

    @Override
    public void stop() {
        vertx.cancelTimer(timer);
    }

    private void run() {
        if (running) {
            return;
        }
        running = true;
        Future<?> done;
        try {
            done = step.apply(OffsetDateTime.now(clock));
        } catch (RuntimeException e) {
            done = Future.failedFuture(e);
        }
        done.onFailure(e -> LOG.warn("{} failed: {}", what, e.toString()))
                .onComplete(ar -> running = false);
    }
}
