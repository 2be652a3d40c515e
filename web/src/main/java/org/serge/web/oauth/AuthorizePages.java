package org.serge.web.oauth;

import io.vertx.ext.web.RoutingContext;
import org.serge.core.oauth.Pkce;
import org.serge.core.oauth.ScopeText;
import org.serge.core.oauth.ValidAuthorization;
import org.serge.web.http.Responses;
import org.serge.web.pages.Html;

/**
 * The pages of the authorization endpoint: login and consent, the out-of-band code, errors. Everything shown is
 * escaped; the pages may not be framed and may load nothing but the node's own stylesheet.
 */
final class AuthorizePages {

    // no form-action: browsers apply it to the redirect that follows the POST, and apps redirect to their own schemes
    private static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none';"
            + " frame-ancestors 'none'";

    private final String domain;

    AuthorizePages(String domain) {
        this.domain = domain;
    }

    void consent(RoutingContext ctx, ValidAuthorization request, String csrf, String login, String error) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Authorize ").append(Html.escape(request.application().name())).append("</h1>");
        body.append("<p>").append(Html.escape(request.application().name()))
                .append(" asks to use your account on ").append(Html.escape(domain)).append(" with these permissions:</p><ul class=\"scopes\">");
        for (String scope : request.scopes()) {
            body.append("<li><code>").append(Html.escape(scope)).append("</code></li>");
        }
        body.append("</ul>");
        if (error != null) {
            body.append("<p class=\"error\" role=\"alert\">").append(Html.escape(error)).append("</p>");
        }
        body.append("<form method=\"post\" action=\"/oauth/authorize\">");
        hidden(body, CsrfCookie.FIELD, csrf);
        hidden(body, "response_type", "code");
        hidden(body, "client_id", request.application().clientId());
        hidden(body, "redirect_uri", request.redirectUri());
        hidden(body, "scope", ScopeText.join(request.scopes()));
        hidden(body, "state", request.state());
        if (request.codeChallenge() != null) {
            hidden(body, "code_challenge", request.codeChallenge());
            hidden(body, "code_challenge_method", Pkce.S256);
        }
        body.append("<p><label for=\"username\">Username or email</label><br>")
                .append("<input id=\"username\" name=\"username\" autocomplete=\"username\" required value=\"")
                .append(Html.escape(login)).append("\"></p>")
                .append("<p><label for=\"password\">Password</label><br>")
                .append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\"")
                .append(" required></p>")
                .append("<p><button type=\"submit\" name=\"decision\" value=\"authorize\">Authorize</button> ")
                .append("<button type=\"submit\" name=\"decision\" value=\"deny\" formnovalidate>Deny</button></p>")
                .append("</form>");
        send(ctx, 200, "Authorize " + request.application().name(), body.toString());
    }

    void outOfBandCode(RoutingContext ctx, String code) {
        send(ctx, 200, "Authorization code", "<h1>Authorization code</h1>"
                + "<p>Copy this code and paste it into the application:</p>"
                + "<p><input class=\"code\" readonly value=\"" + Html.escape(code) + "\"></p>");
    }

    void message(RoutingContext ctx, int status, String title, String text) {
        send(ctx, status, title, "<h1>" + Html.escape(title) + "</h1><p>" + Html.escape(text) + "</p>");
    }

    private static void hidden(StringBuilder body, String name, String value) {
        if (value != null) {
            body.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                    .append(Html.escape(value)).append("\">");
        }
    }

    private static void send(RoutingContext ctx, int status, String title, String body) {
        ctx.response()
                .putHeader("X-Frame-Options", "DENY")
                .putHeader("Content-Security-Policy", CSP)
                .putHeader("Cache-Control", "no-store")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("X-Content-Type-Options", "nosniff");
        Responses.html(ctx, status, Html.page(title, body));
    }
}
