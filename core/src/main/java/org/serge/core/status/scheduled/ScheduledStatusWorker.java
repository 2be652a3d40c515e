package org.serge.core.status.scheduled;

import io.vertx.core.AbstractVerticle;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes due scheduled statuses: every few seconds it asks {@link ScheduledStatusService#publishDue} for what
 * is due by its clock. State lives only in the table, so a restart loses nothing and several processes may run
 * one worker each.
 */
public final class ScheduledStatusWorker extends AbstractVerticle {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledStatusWorker.class);

    private final ScheduledStatusService service;
    private final Clock clock;
    private final Duration interval;
    private long timer = -1;
    private boolean running;

    public ScheduledStatusWorker(ScheduledStatusService service, Clock clock, Duration interval) {
        this.service = service;
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
        service.publishDue(OffsetDateTime.now(clock))
                .onFailure(e -> LOG.warn("publishing scheduled statuses failed: {}", e.toString()))
                .onComplete(ar -> running = false);
    }
}
