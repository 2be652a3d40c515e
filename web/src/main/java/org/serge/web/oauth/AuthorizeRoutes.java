package org.serge.web.oauth;

import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.serge.core.error.ServiceException;
import org.serge.core.oauth.AuthorizationRequest;
import org.serge.core.oauth.AuthorizationService;
import org.serge.core.oauth.OAuthException;
import org.serge.core.oauth.ValidAuthorization;

/**
 * {@code GET /oauth/authorize} shows the login and consent page; {@code POST /oauth/authorize} checks the CSRF
 * token and the password, then sends the browser back to the app with a code (or shows the code, out of band).
 * Nothing is ever sent to a redirect URI that the application did not register.
 */
public final class AuthorizeRoutes {

    private final AuthorizationService authorizations;
    private final AuthorizePages pages;
    private final CsrfCookie csrf;
    private final BodyHandler body;

    public AuthorizeRoutes(AuthorizationService authorizations, String domain, boolean secureCookies,
                           BodyHandler body) {
        this.authorizations = authorizations;
        this.pages = new AuthorizePages(domain);
        this.csrf = new CsrfCookie(secureCookies);
        this.body = body;
    }

    public void mount(Router router) {
        for (String path : new String[] {"/oauth/authorize", "/oauth/authorize/"}) {
            router.get(path).handler(this::show);
            router.post(path).handler(body).handler(this::submit);
        }
    }

    private void show(RoutingContext ctx) {
        Future.succeededFuture(ctx)
                .map(RequestParams::of)
                .compose(params -> authorizations.validate(request(params)))
                .onSuccess(valid -> pages.consent(ctx, valid, csrf.issue(ctx), "", null))
                .onFailure(failure -> refuse(ctx, failure));
    }

    private void submit(RoutingContext ctx) {
        RequestParams params;
        try {
            params = RequestParams.of(ctx);
        } catch (ServiceException e) {
            refuse(ctx, e);
            return;
        }
        if (!csrf.verify(ctx, params.get(CsrfCookie.FIELD))) {
            pages.message(ctx, 403, "Request refused",
                    "This form has expired or did not come from this site. Go back to the application and start again.");
            return;
        }
        String login = params.get("username");
        authorizations.validate(request(params))
                .compose(valid -> "deny".equals(params.get("decision"))
                        ? Future.succeededFuture(Outcome.denied(valid))
                        : authorizations.authorize(valid, login, params.get("password"))
                                .map(code -> Outcome.granted(valid, code))
                                .recover(failure -> failure instanceof ServiceException service
                                        && service.status() == 401
                                        ? Future.succeededFuture(Outcome.retry(valid, service.getMessage()))
                                        : Future.failedFuture(failure)))
                .onSuccess(outcome -> answer(ctx, outcome, login))
                .onFailure(failure -> refuse(ctx, failure));
    }

    private void answer(RoutingContext ctx, Outcome outcome, String login) {
        ValidAuthorization valid = outcome.request();
        if (outcome.error() != null) {
            pages.consent(ctx, valid, csrf.issue(ctx), login, outcome.error());
        } else if (valid.outOfBand()) {
            if (outcome.code() == null) {
                pages.message(ctx, 200, "Authorization denied", "You did not authorize the application.");
            } else {
                pages.outOfBandCode(ctx, outcome.code());
            }
        } else {
            StringBuilder location = new StringBuilder(valid.redirectUri())
                    .append(valid.redirectUri().contains("?") ? '&' : '?');
            if (outcome.code() == null) {
                location.append("error=access_denied&error_description=")
                        .append(encode("The resource owner denied the request."));
            } else {
                location.append("code=").append(encode(outcome.code()));
            }
            if (valid.state() != null) {
                location.append("&state=").append(encode(valid.state()));
            }
            ctx.response().setStatusCode(302)
                    .putHeader("Location", location.toString())
                    .putHeader("Cache-Control", "no-store")
                    .end();
        }
    }

    private void refuse(RoutingContext ctx, Throwable failure) {
        if (failure instanceof OAuthException oauth) {
            pages.message(ctx, 400, "Authorization refused", oauth.getMessage());
        } else if (failure instanceof ServiceException service && service.status() == 429) {
            pages.message(ctx, 429, "Too many attempts", service.getMessage());
        } else if (failure instanceof ServiceException service && service.status() < 500) {
            pages.message(ctx, service.status(), "Authorization refused", service.getMessage());
        } else {
            ctx.fail(failure);
        }
    }

    private static AuthorizationRequest request(RequestParams params) {
        return new AuthorizationRequest(params.get("response_type"), params.get("client_id"),
                params.get("redirect_uri"), params.get("scope"), params.get("state"), params.get("code_challenge"),
                params.get("code_challenge_method"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What became of a submitted form: a code, a refusal by the member, or a login to try again. */
    private record Outcome(ValidAuthorization request, String code, String error) {

        static Outcome granted(ValidAuthorization request, String code) {
            return new Outcome(request, code, null);
        }

        static Outcome denied(ValidAuthorization request) {
            return new Outcome(request, null, null);
        }

        static Outcome retry(ValidAuthorization request, String error) {
            return new Outcome(request, null, error);
        }
    }
}
