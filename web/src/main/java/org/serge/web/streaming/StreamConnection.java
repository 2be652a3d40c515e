package org.serge.web.streaming;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.serge.core.account.Account;
import org.serge.web.oauth.Authenticated;

/** One client's WebSocket: who it is, what it listens to, and how frames are written to it. */
final class StreamConnection {

    static final int MAX_SUBSCRIPTIONS = 100;

    private final ServerWebSocket socket;
    private final Authenticated auth;
    private final String rawToken;
    private final Set<Subscription> subscriptions = new LinkedHashSet<>();
    private boolean closed;

    StreamConnection(ServerWebSocket socket, Authenticated auth, String rawToken) {
        this.socket = socket;
        this.auth = auth;
        this.rawToken = rawToken;
    }

    Account account() {
        return auth.account();
    }

    boolean grants(String scope) {
        return auth.grantsAny(scope);
    }

    String rawToken() {
        return rawToken;
    }

    /** Adds a subscription; false when the connection holds too many already. */
    boolean subscribe(Subscription subscription) {
        if (!subscriptions.contains(subscription) && subscriptions.size() >= MAX_SUBSCRIPTIONS) {
            return false;
        }
        subscriptions.add(subscription);
        return true;
    }

    void unsubscribe(Subscription subscription) {
        subscriptions.remove(subscription);
    }

    List<Subscription> subscriptions() {
        return new ArrayList<>(subscriptions);
    }

    /** A Mastodon frame: {@code {"stream":[...],"event":"update","payload":"..."}}. */
    void send(Subscription subscription, String event, String payload) {
        if (closed) {
            return;
        }
        socket.writeTextMessage(new JsonObject().put("stream", subscription.key()).put("event", event)
                .put("payload", payload).encode());
    }

    void error(int status, String message) {
        if (!closed) {
            socket.writeTextMessage(new JsonObject().put("error", message).put("status", status).encode());
        }
    }

    void ping() {
        if (!closed) {
            socket.writePing(Buffer.buffer());
        }
    }

    void markClosed() {
        closed = true;
    }

    void close(short code, String reason) {
        if (!closed) {
            closed = true;
            socket.close(code, reason);
        }
    }
}
