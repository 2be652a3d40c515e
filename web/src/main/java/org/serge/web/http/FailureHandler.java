package org.serge.web.http;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import org.serge.core.error.ServiceException;
import org.serge.web.pages.Html;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become answers: a status and a short client-safe message, as
 * {@code {"error": "..."}} or, for a browser, a small HTML page. Unexpected errors are logged with their stack
 * and answered 500 without details.
 */
public final class FailureHandler implements Handler<RoutingContext> {

    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        int status;
        String message;
        if (failure instanceof ServiceException service) {
            status = service.status();
            message = service.getMessage();
        } else if (failure instanceof HttpException http) {
            status = http.getStatusCode();
            message = http.getPayload() != null ? http.getPayload() : defaultMessage(status);
        } else if (failure == null) {
            status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
            message = defaultMessage(status);
        } else {
            status = 500;
            message = defaultMessage(500);
            LOG.error("unexpected failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
        }
        if (ctx.response().ended()) {
            return;
        }
        if (ctx.response().headWritten()) {
            ctx.response().reset();
            return;
        }
        if (Negotiation.prefersHtml(ctx)) {
            Responses.html(ctx, status, Html.page(String.valueOf(status), "<p>" + Html.escape(message) + "</p>"));
        } else {
            Responses.json(ctx, status, MediaTypes.JSON, new JsonObject().put("error", message));
        }
    }

    static String defaultMessage(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "not authenticated";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 406 -> "not acceptable";
            case 413 -> "request too large";
            case 415 -> "unsupported media type";
            case 422 -> "unprocessable";
            case 429 -> "too many requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal error" : "request failed";
        };
    }
}
