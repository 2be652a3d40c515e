package org.serge.web.oauth;

import io.vertx.ext.web.RoutingContext;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A client's id and secret, from HTTP Basic (client_secret_basic) or from the parameters (client_secret_post). */
record ClientCredentials(String clientId, String clientSecret) {

    static ClientCredentials of(RoutingContext ctx, RequestParams params) {
        String header = ctx.request().getHeader("Authorization");
        if (header != null && header.length() > 6 && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    // RFC 6749 2.3.1: both parts are form-urlencoded before being joined
                    return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                            URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
                }
            } catch (IllegalArgumentException e) {
                return new ClientCredentials(null, null);
            }
        }
        return new ClientCredentials(params.get("client_id"), params.get("client_secret"));
    }
}
