package org.serge.web.streaming;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A streaming client for tests: connects with Vert.x's WebSocket client and queues every frame received. */
final class StreamClient implements AutoCloseable {

    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonObject> frames = new LinkedBlockingQueue<>();

    private StreamClient(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(text -> frames.add(new JsonObject(text)));
    }

    // one client, held for good: Vert.x closes a client nobody references any more, mid-handshake if need be
    private static final java.util.Map<Vertx, WebSocketClient> CLIENTS = new java.util.concurrent.ConcurrentHashMap<>();

    static Future<WebSocket> connect(Vertx vertx, int port, String uri, String bearer, String subprotocol) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost("localhost").setPort(port)
                .setURI(uri);
        if (bearer != null) {
            options.addHeader("Authorization", "Bearer " + bearer);
        }
        if (subprotocol != null) {
            options.addSubProtocol(subprotocol);
        }
        return CLIENTS.computeIfAbsent(vertx, Vertx::createWebSocketClient).connect(options);
    }

    /** Connects and waits a moment, so that the server has registered the connection before events are made. */
    static StreamClient open(Vertx vertx, int port, String uri, String bearer, String subprotocol) {
        StreamClient client = new StreamClient(await(connect(vertx, port, uri, bearer, subprotocol)));
        settle();
        return client;
    }

    WebSocket socket() {
        return socket;
    }

    void send(JsonObject message) {
        await(socket.writeTextMessage(message.encode()));
        settle();
    }

    /** The next frame that matches, waiting up to 10 s; frames before it are dropped. Fails when none came. */
    JsonObject next(Predicate<JsonObject> wanted) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        List<JsonObject> skipped = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            try {
                JsonObject frame = frames.poll(100, TimeUnit.MILLISECONDS);
                if (frame == null) {
                    continue;
                }
                if (wanted.test(frame)) {
                    return frame;
                }
                skipped.add(frame);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no matching frame within 10 s; received " + skipped);
    }

    /** The frames received up to and including the first that matches, waiting up to 10 s for it. */
    List<JsonObject> until(Predicate<JsonObject> wanted) {
        List<JsonObject> seen = new ArrayList<>();
        next(frame -> {
            seen.add(frame);
            return wanted.test(frame);
        });
        return seen;
    }

    /** Every frame received within the given time. */
    List<JsonObject> drain(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<JsonObject> all = new ArrayList<>();
        frames.drainTo(all);
        return all;
    }

    static Predicate<JsonObject> event(String event, String payloadContains) {
        return frame -> event.equals(frame.getString("event"))
                && frame.getString("payload", "").contains(payloadContains);
    }

    static <T> T await(Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void settle() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        socket.close();
    }
}
