package org.serge.federation.net;

/**
 * The (scheme, host, port) triple that origin checks compare (rule 5): scheme "http" or "https", host lower-case
 * ASCII (IDNs in punycode, no trailing dot, IPv6 literals in brackets), port explicit or the scheme's default.
 */
public record Origin(String scheme, String host, int port) {

    public boolean isDefaultPort() {
        return port == Origins.defaultPort(scheme);
    }

    /** "https://host", with ":port" only when it is not the default. */
    @Override
    public String toString() {
        return scheme + "://" + host + (isDefaultPort() ? "" : ":" + port);
    }
}
