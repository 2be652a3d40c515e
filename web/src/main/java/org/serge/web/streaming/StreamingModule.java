package org.serge.web.streaming;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.conversation.ConversationRepository;
import org.serge.core.conversation.ConversationService;
import org.serge.core.error.ServiceException;
import org.serge.core.follow.FollowRepository;
import org.serge.core.interaction.InteractionRepository;
import org.serge.core.lists.ListRepository;
import org.serge.core.mute.MuteRepository;
import org.serge.core.notification.NotificationRepository;
import org.serge.core.status.StatusRepository;
import org.serge.core.status.StatusVisibilityPolicy;
import org.serge.core.tag.TagRepository;
import org.serge.web.api.ApiModule;
import org.serge.web.api.conversations.ConversationEntities;
import org.serge.web.api.misc.ApiEntities;
import org.serge.web.api.notifications.NotificationEntities;
import org.serge.web.oauth.ApiAuth;
import org.serge.web.oauth.Authenticated;

/**
 * Mastodon's streaming API: {@code GET /api/v1/streaming} upgraded to a WebSocket, and
 * {@code /api/v1/streaming/health}. The token comes from {@code Authorization: Bearer}, from
 * {@code Sec-WebSocket-Protocol} (the server echoes the offered subprotocol: HttpVerticle accepts any) or from
 * {@code ?access_token=}; it must speak for a member and grant read (statuses or notifications), else 401/403
 * before the upgrade. Streams come from {@code ?stream=} (with {@code tag} or {@code list}) and from
 * subscribe/unsubscribe messages. Events arrive from {@link EventListener} over the local event bus.
 */
public final class StreamingModule {

    static final long HEARTBEAT_MS = 30_000;

    private final ApiAuth auth;
    private final StreamSources sources;

    public StreamingModule(Pool pool, ApiAuth auth, ApiModule api, StatusVisibilityPolicy visibility) {
        this.auth = auth;
        ApiEntities entities = new ApiEntities(api, visibility);
        this.sources = new StreamSources(new StatusRepository(pool), new FollowRepository(pool),
                new InteractionRepository(pool), visibility, api.statusViews(), api.statusEntity(),
                new NotificationRepository(pool), new NotificationEntities(entities),
                new MuteRepository(pool), new ListRepository(pool), new TagRepository(pool),
                new ConversationService(new ConversationRepository(pool)), new ConversationEntities(entities));
    }

    /** Mounts the routes on one verticle's router; that verticle's connections hear events on its event loop. */
    public void mount(Router router, Vertx vertx) {
        StreamHub hub = new StreamHub(sources);
        vertx.eventBus().<String>localConsumer(EventListener.ADDRESS, message -> hub.onEvent(message.body()));
        router.get("/api/v1/streaming/health").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/plain; charset=utf-8").end("OK"));
        router.get("/api/v1/streaming").handler(ctx -> upgrade(ctx, hub, vertx));
        router.get("/api/v1/streaming/").handler(ctx -> upgrade(ctx, hub, vertx));
    }

    private void upgrade(RoutingContext ctx, StreamHub hub, Vertx vertx) {
        HttpServerRequest request = ctx.request();
        String raw = token(ctx);
        if (raw == null) {
            ctx.fail(ServiceException.unauthorized(ApiAuth.INVALID_TOKEN));
            return;
        }
        request.pause();
        auth.resolve(raw).onComplete(resolved -> {
            if (resolved.failed()) {
                request.resume();
                ctx.fail(resolved.cause());
                return;
            }
            Authenticated who = resolved.result();
            List<Subscription> initial;
            try {
                if (!who.hasUser()) {
                    throw ServiceException.unauthorized(ApiAuth.INVALID_TOKEN);
                }
                if (!who.grantsAny("read:statuses", "read:notifications")) {
                    throw ServiceException.forbidden(ApiAuth.OUTSIDE_SCOPES);
                }
                initial = initialStreams(request, who);
                if (!request.canUpgradeToWebSocket()) {
                    throw ServiceException.badRequest("This endpoint takes WebSocket connections");
                }
            } catch (ServiceException e) {
                request.resume();
                ctx.fail(e);
                return;
            }
            // upgraded while still paused: the request's end, queued meanwhile, completes the handshake
            request.toWebSocket()
                    .onSuccess(socket -> open(socket, who, raw, initial, hub, vertx))
                    .onFailure(ctx::fail);
        });
    }

    private static List<Subscription> initialStreams(HttpServerRequest request, Authenticated who) {
        List<Subscription> initial = new ArrayList<>();
        String stream = request.getParam("stream");
        if (stream != null && !stream.isEmpty()) {
            Subscription subscription = Subscription.parse(stream, request.getParam("tag"), request.getParam("list"));
            if (!who.grantsAny(subscription.scope())) {
                throw ServiceException.forbidden(ApiAuth.OUTSIDE_SCOPES);
            }
            initial.add(subscription);
        }
        return initial;
    }

    private void open(ServerWebSocket socket, Authenticated who, String raw, List<Subscription> initial, StreamHub hub,
                      Vertx vertx) {
        StreamConnection connection = new StreamConnection(socket, who, raw);
        initial.forEach(connection::subscribe);
        hub.add(connection);
        long heartbeat = vertx.setPeriodic(HEARTBEAT_MS, id -> {
            connection.ping();
            // a token revoked since the connection opened ends it (the cache keeps tokens for 30 s at most)
            auth.resolve(raw).onFailure(e -> {
                if (e instanceof ServiceException s && s.status() == 401) {
                    connection.close((short) 1008, "The access token was revoked");
                }
            });
        });
        socket.closeHandler(v -> {
            connection.markClosed();
            vertx.cancelTimer(heartbeat);
            hub.remove(connection);
        });
        socket.exceptionHandler(e -> socket.close());
        socket.textMessageHandler(text -> onMessage(connection, text));
    }

    private static void onMessage(StreamConnection connection, String text) {
        JsonObject message;
        String type;
        String stream;
        String tag;
        String list;
        try {
            message = new JsonObject(text);
            type = message.getString("type");
            stream = message.getString("stream");
            tag = message.getValue("tag") == null ? null : String.valueOf(message.getValue("tag"));
            list = message.getValue("list") == null ? null : String.valueOf(message.getValue("list"));
        } catch (RuntimeException e) {
            connection.error(400, "Could not parse message");
            return;
        }
        if (!"subscribe".equals(type) && !"unsubscribe".equals(type)) {
            connection.error(400, "Unknown message type");
            return;
        }
        Subscription subscription;
        try {
            subscription = Subscription.parse(stream, tag, list);
        } catch (ServiceException e) {
            connection.error(e.status(), e.getMessage());
            return;
        }
        if (type.equals("unsubscribe")) {
            connection.unsubscribe(subscription);
        } else if (!connection.grants(subscription.scope())) {
            connection.error(403, ApiAuth.OUTSIDE_SCOPES);
        } else if (!connection.subscribe(subscription)) {
            connection.error(400, "Too many subscriptions");
        }
    }

    /** The token from the Authorization header, the offered WebSocket subprotocol, or the query. */
    static String token(RoutingContext ctx) {
        String bearer = ApiAuth.bearer(ctx);
        if (bearer != null) {
            return bearer;
        }
        String protocol = ctx.request().getHeader("Sec-WebSocket-Protocol");
        if (protocol != null) {
            String first = protocol.split(",", 2)[0].strip();
            if (!first.isEmpty()) {
                return first;
            }
        }
        String query = ctx.request().getParam("access_token");
        return query == null || query.isBlank() ? null : query.strip();
    }
}
