package org.serge.web.oauth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.serge.core.crypto.SecretTokens;

/**
 * Double-submit CSRF protection for the login form: a random value in an HttpOnly, SameSite=Lax cookie that the
 * form must repeat in a hidden field. Another site can neither read the cookie nor make the browser send it with
 * a cross-site POST.
 */
final class CsrfCookie {

    static final String COOKIE = "serge_csrf";
    static final String FIELD = "authenticity_token";
    private static final String FORMAT = "[A-Za-z0-9_-]{43}";

    private final boolean secure;

    CsrfCookie(boolean secure) {
        this.secure = secure;
    }

    /** The value for a form: the browser's current one when it has one, a new one otherwise (and set). */
    String issue(RoutingContext ctx) {
        Cookie existing = ctx.request().getCookie(COOKIE);
        if (existing != null && existing.getValue().matches(FORMAT)) {
            return existing.getValue();
        }
        String value = SecretTokens.random(32);
        ctx.response().addCookie(Cookie.cookie(COOKIE, value)
                .setPath("/oauth")
                .setHttpOnly(true)
                .setSecure(secure)
                .setSameSite(CookieSameSite.LAX));
        return value;
    }

    /** Whether the form's field repeats the cookie. */
    boolean verify(RoutingContext ctx, String field) {
        Cookie cookie = ctx.request().getCookie(COOKIE);
        if (cookie == null || field == null || !cookie.getValue().matches(FORMAT)) {
            return false;
        }
        return MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                field.getBytes(StandardCharsets.US_ASCII));
    }
}
