package org.serge.web.streaming;

import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import org.serge.core.streaming.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one ear on PostgreSQL: a dedicated connection that LISTENs on {@link EventPublisher#CHANNEL} and
 * hands every payload to this process's HTTP verticles over the local event bus ({@link #ADDRESS}). Deploy one per
 * process. When the connection drops it reconnects with a growing delay (1 s to 30 s); what was notified while it
 * was away is not replayed, as with Mastodon's own streaming server.
 */
public final class EventListener extends VerticleBase {

    /** The local event-bus address on which payloads are published, as strings. */
    public static final String ADDRESS = "serge.streaming.events";

    private static final Logger LOG = LoggerFactory.getLogger(EventListener.class);
    private static final long MIN_DELAY_MS = 1_000;
    private static final long MAX_DELAY_MS = 30_000;

    private final PgConnectOptions options;
    private final DeliveryOptions local = new DeliveryOptions().setLocalOnly(true);
    private PgConnection connection;
    private long delay = MIN_DELAY_MS;
    private boolean stopped;

    public EventListener(PgConnectOptions options) {
        this.options = new PgConnectOptions(options);
    }

    @Override
    public Future<?> start() {
        // a node starts even when the first attempt fails; the listener keeps trying
        return connect().otherwise(e -> {
            LOG.warn("streaming listener could not connect ({}); retrying", e.toString());
            retryLater();
            return null;
        });
    }

    @Override
    public Future<?> stop() {
        stopped = true;
        return connection == null ? Future.succeededFuture() : connection.close();
    }

    private Future<Void> connect() {
        return PgConnection.connect(vertx, options).compose(conn -> {
            conn.notificationHandler(notification -> {
                if (EventPublisher.CHANNEL.equals(notification.getChannel())) {
                    vertx.eventBus().publish(ADDRESS, notification.getPayload(), local);
                }
            });
            conn.closeHandler(v -> {
                if (connection == conn) {
                    connection = null;
                }
                if (!stopped) {
                    LOG.warn("streaming listener lost its database connection; reconnecting");
                    retryLater();
                }
            });
            return conn.query("LISTEN " + EventPublisher.CHANNEL).execute()
                    .onFailure(e -> conn.close())
                    .map(rows -> {
                        connection = conn;
                        delay = MIN_DELAY_MS;
                        return (Void) null;
                    });
        });
    }

    private void retryLater() {
        if (stopped) {
            return;
        }
        long wait = delay;
        delay = Math.min(MAX_DELAY_MS, delay * 2);
        vertx.setTimer(wait, id -> {
            if (!stopped && connection == null) {
                connect().onFailure(e -> {
                    LOG.warn("streaming listener could not reconnect ({})", e.toString());
                    retryLater();
                });
            }
        });
    }

    /** Whether the listener holds a live connection (for tests and health views). */
    public boolean listening() {
        return connection != null;
    }
}
