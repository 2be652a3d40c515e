package org.serge.core.streaming;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;

/**
 * Publishes stream events to every Serge process on the database with PostgreSQL NOTIFY. Repositories publish
 * inside the transaction that writes the row, so the event is delivered when (and only if) the row is committed,
 * and every writer (member's services, inbox handlers) is covered without wiring.
 */
public final class EventPublisher {

    /** The channel every process LISTENs on. */
    public static final String CHANNEL = "serge_events";

    /** NOTIFY through the given client (a transaction, a connection or a pool). */
    public static Future<Void> publish(SqlClient client, StreamEvent event) {
        return client.preparedQuery("SELECT pg_notify($1, $2)::text")
                .execute(Tuple.of(CHANNEL, event.toJson()))
                .mapEmpty();
    }

    private EventPublisher() {
    }
}
