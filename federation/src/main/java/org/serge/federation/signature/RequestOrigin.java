package org.serge.federation.signature;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * The scheme and authority a request was sent to, which the request line does not carry. Behind a reverse proxy
 * this is the node's public origin, not the socket's. Normalised as RFC 9421 wants it: lower case, default port
 * left out.
 */
public record RequestOrigin(String scheme, String authority) {

    public RequestOrigin {
        scheme = Objects.requireNonNull(scheme, "scheme").toLowerCase(Locale.ROOT);
        authority = Objects.requireNonNull(authority, "authority").toLowerCase(Locale.ROOT);
        if (scheme.equals("https") && authority.endsWith(":443")) {
            authority = authority.substring(0, authority.length() - 4);
        } else if (scheme.equals("http") && authority.endsWith(":80")) {
            authority = authority.substring(0, authority.length() - 3);
        }
        if (authority.isEmpty()) {
            throw new IllegalArgumentException("empty authority");
        }
    }

    /** The origin of an absolute URI; user information is dropped. */
    public static RequestOrigin of(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute URI with a host");
        }
        String host = uri.getHost();
        String authority = uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        return new RequestOrigin(uri.getScheme(), authority);
    }

    /** The absolute target URI of a request target (path and query) sent to this origin. */
    public String targetUri(String requestTarget) {
        return scheme + "://" + authority + requestTarget;
    }
}
