package org.serge.web.oauth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.serge.core.account.AccountRepository;
import org.serge.core.crypto.SecretTokens;
import org.serge.core.error.ServiceException;
import org.serge.core.oauth.AccessToken;
import org.serge.core.oauth.AccessTokenRepository;
import org.serge.core.oauth.ApplicationRepository;
import org.serge.core.oauth.OAuthApplication;
import org.serge.core.oauth.RevocationListener;

/**
 * Bearer-token authentication for the Mastodon API. Put {@link #scope}, {@link #user} or {@link #optional} before
 * a route's handler, then read {@link #current(RoutingContext)}. Tokens are looked up by their SHA-256 and kept
 * for a few seconds in a cache that a revocation in this process empties at once; the account is read afresh on
 * every request.
 */
public final class ApiAuth implements RevocationListener {

    public static final String INVALID_TOKEN = "The access token is invalid";
    public static final String OUTSIDE_SCOPES = "This action is outside the authorized scopes";
    public static final String USER_REQUIRED = "This method requires an authenticated user";

    private static final String KEY = "serge.authenticated";
    private static final int MAX_TOKEN_LENGTH = 512;

    private final AccessTokenRepository tokens;
    private final ApplicationRepository applications;
    private final AccountRepository accounts;
    private final Cache<String, Resolved> cache = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofSeconds(30))
            .maximumSize(10_000)
            .build();

    public ApiAuth(AccessTokenRepository tokens, ApplicationRepository applications, AccountRepository accounts) {
        this.tokens = tokens;
        this.applications = applications;
        this.accounts = accounts;
    }

    /** A handler that lets the request on with or without a token; a token that is sent must be valid (401). */
    public Handler<RoutingContext> optional() {
        return ctx -> {
            String raw = bearer(ctx);
            if (raw == null) {
                ctx.next();
                return;
            }
            authenticate(ctx, raw, auth -> { });
        };
    }

    /** Requires a valid token (401) granting one of the scopes (403); none given: any valid token. */
    public Handler<RoutingContext> scope(String... anyOf) {
        return ctx -> requireThen(ctx, false, anyOf);
    }

    /** As {@link #scope}, and the token must speak for a member, not an application alone (422). */
    public Handler<RoutingContext> user(String... anyOf) {
        return ctx -> requireThen(ctx, true, anyOf);
    }

    /** What a previous ApiAuth handler found; null when no token was sent. */
    public static Authenticated current(RoutingContext ctx) {
        return ctx.get(KEY);
    }

    /**
     * For handlers behind {@link #optional()} that need more on some paths: the authenticated caller, or a
     * ServiceException with Mastodon's status and message (401, 403, 422).
     */
    public static Authenticated require(RoutingContext ctx, boolean needsUser, String... anyOf) {
        Authenticated auth = current(ctx);
        check(auth, needsUser, anyOf);
        return auth;
    }

    /** The token of an {@code Authorization: Bearer} header, or null. */
    public static String bearer(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || header.length() < 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    /**
     * Resolves a raw token from any source (header, query parameter, WebSocket subprotocol); fails with a 401
     * ServiceException when it is unknown or revoked.
     */
    public Future<Authenticated> resolve(String raw) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_TOKEN_LENGTH) {
            return Future.failedFuture(ServiceException.unauthorized(INVALID_TOKEN));
        }
        byte[] hash = SecretTokens.sha256(raw);
        String key = HexFormat.of().formatHex(hash);
        Resolved cached = cache.getIfPresent(key);
        Future<Optional<Resolved>> resolved = cached != null ? Future.succeededFuture(Optional.of(cached))
                : lookUp(hash).onSuccess(found -> found.ifPresent(value -> cache.put(key, value)));
        return resolved.compose(found -> {
            if (found.isEmpty()) {
                return Future.failedFuture(ServiceException.unauthorized(INVALID_TOKEN));
            }
            AccessToken token = found.get().token();
            if (token.accountId() == null) {
                return Future.succeededFuture(new Authenticated(token, null, found.get().application()));
            }
            return accounts.findLocalById(token.accountId()).compose(account -> account.isPresent()
                    ? Future.succeededFuture(new Authenticated(token, account.get(), found.get().application()))
                    : Future.failedFuture(ServiceException.unauthorized(INVALID_TOKEN)));
        });
    }

    @Override
    public void revoked(byte[] tokenHash) {
        cache.invalidate(HexFormat.of().formatHex(tokenHash));
    }

    private void requireThen(RoutingContext ctx, boolean needsUser, String... anyOf) {
        String raw = bearer(ctx);
        if (raw == null) {
            fail(ctx, ServiceException.unauthorized(INVALID_TOKEN));
            return;
        }
        authenticate(ctx, raw, auth -> check(auth, needsUser, anyOf));
    }

    private void authenticate(RoutingContext ctx, String raw, java.util.function.Consumer<Authenticated> checks) {
        resolve(raw).onComplete(result -> {
            if (result.failed()) {
                fail(ctx, result.cause());
                return;
            }
            try {
                checks.accept(result.result());
            } catch (ServiceException e) {
                fail(ctx, e);
                return;
            }
            ctx.put(KEY, result.result());
            ctx.next();
        });
    }

    private static void check(Authenticated auth, boolean needsUser, String... anyOf) {
        if (auth == null) {
            throw ServiceException.unauthorized(INVALID_TOKEN);
        }
        if (!auth.grantsAny(anyOf)) {
            throw ServiceException.forbidden(OUTSIDE_SCOPES);
        }
        if (needsUser && !auth.hasUser()) {
            throw ServiceException.unprocessable(USER_REQUIRED);
        }
    }

    private static void fail(RoutingContext ctx, Throwable error) {
        if (error instanceof ServiceException service && service.status() == 401) {
            ctx.response().putHeader("WWW-Authenticate",
                    "Bearer error=\"invalid_token\", error_description=\"" + INVALID_TOKEN + "\"");
        }
        ctx.fail(error);
    }

    private Future<Optional<Resolved>> lookUp(byte[] hash) {
        return tokens.findActive(hash).compose(found -> {
            if (found.isEmpty()) {
                return Future.succeededFuture(Optional.<Resolved>empty());
            }
            return withApplication(found.get()).map(Optional::of);
        });
    }

    private Future<Resolved> withApplication(AccessToken token) {
        if (token.applicationId() == null) {
            return Future.succeededFuture(new Resolved(token, null));
        }
        return applications.findById(token.applicationId()).map(app -> new Resolved(token, app.orElse(null)));
    }

    private record Resolved(AccessToken token, OAuthApplication application) {
    }
}
