package org.serge.web.oauth;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.serge.core.error.ServiceException;
import org.serge.core.oauth.OAuthException;
import org.serge.web.http.MediaTypes;

/** Answers of the token and revocation endpoints: never cached; errors as RFC 6749 JSON. */
final class OAuthJson {

    private OAuthJson() {
    }

    static void ok(RoutingContext ctx, JsonObject body) {
        ctx.response()
                .setStatusCode(200)
                .putHeader("Content-Type", MediaTypes.JSON)
                .putHeader("Cache-Control", "no-store")
                .putHeader("Pragma", "no-cache")
                .end(body.encode());
    }

    /** OAuth and service failures become {error, error_description}; anything else goes to the failure handler. */
    static void fail(RoutingContext ctx, Throwable failure) {
        String error;
        if (failure instanceof OAuthException oauth) {
            error = oauth.error();
        } else if (failure instanceof ServiceException service && service.status() < 500) {
            error = service.status() == 401 ? "invalid_client" : "invalid_request";
        } else {
            ctx.fail(failure);
            return;
        }
        int status = ((ServiceException) failure).status();
        ctx.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MediaTypes.JSON)
                .putHeader("Cache-Control", "no-store")
                .end(new JsonObject().put("error", error).put("error_description", failure.getMessage()).encode());
    }
}
