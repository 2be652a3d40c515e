package org.serge.federation.delivery;

import java.net.URI;
import java.util.Locale;

/** The host[:port] of an inbox URL, lower case, as the deliveries.host column keeps it. */
public final class InboxHosts {

    private InboxHosts() {
    }

    /** The host[:port], or null when the URL is not an absolute http(s) URL with a host. */
    public static String of(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        } catch (Exception e) {
            return null;
        }
    }
}
