package org.serge.federation.net;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.net.IDN;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses URLs into {@link Origin}s with java.net.URI and compares them (rule 5, CVE-2023-42451). Refused: what
 * URI cannot parse (a backslash, as in "https://evil.example\@good.example/", spaces, controls), schemes other
 * than http and https, any userinfo ("https://good.example@evil.example/"), a missing host, a port outside
 * 1..65535. Equal origins: hosts compared case-insensitively, without a trailing dot, internationalised names
 * in punycode (so "bücher.example" is "xn--bcher-kva.example"), IPv6 literals in one canonical form, and the
 * default port equal to no port.
 */
public final class Origins {

    /** Host names as written to their normal form: a request parses the same few hosts several times. */
    private static final Cache<String, String> NORMAL_HOSTS = Caffeine.newBuilder().maximumSize(10_000).build();

    private static final Pattern ASCII_HOST = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

    private Origins() {
    }

    public static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    /**
     * The origin of an absolute http(s) URL.
     *
     * @throws InvalidUrlException when the URL is refused (see the class comment)
     */
    public static Origin parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidUrlException("empty URL");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidUrlException("unparseable URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw new InvalidUrlException("not an http(s) URL");
        }
        String authority = uri.getRawAuthority();
        if (authority == null || authority.isEmpty()) {
            throw new InvalidUrlException("URL without host");
        }
        if (uri.getRawUserInfo() != null || authority.contains("@")) {
            throw new InvalidUrlException("URL with userinfo");
        }
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null) {
            // URI leaves a host it cannot read as a server name (an IDN, an underscore) in the authority
            int colon = authority.lastIndexOf(':');
            host = colon < 0 ? authority : authority.substring(0, colon);
            port = colon < 0 ? -1 : parsePort(authority.substring(colon + 1));
        }
        if (port == 0 || port > 65535) {
            throw new InvalidUrlException("port out of range");
        }
        return new Origin(scheme, normalizeHost(host), port < 0 ? defaultPort(scheme) : port);
    }

    /** The origin, or empty for a refused URL. */
    public static Optional<Origin> tryParse(String url) {
        try {
            return Optional.of(parse(url));
        } catch (InvalidUrlException e) {
            return Optional.empty();
        }
    }

    /** True when both URLs are valid and share scheme, host and port; a refused URL matches nothing. */
    public static boolean sameOrigin(String a, String b) {
        Optional<Origin> first = tryParse(a);
        return first.isPresent() && first.equals(tryParse(b));
    }

    public static boolean sameOrigin(Origin origin, String url) {
        return tryParse(url).map(origin::equals).orElse(false);
    }

    private static int parsePort(String digits) {
        if (digits.isEmpty()) {
            return -1;
        }
        if (digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidUrlException("invalid port");
        }
        return Integer.parseInt(digits);
    }

    private static String normalizeHost(String raw) {
        String known = NORMAL_HOSTS.getIfPresent(raw);
        if (known != null) {
            return known;
        }
        String normal = normalizeHostOnce(raw);
        NORMAL_HOSTS.put(raw, normal);
        return normal;
    }

    private static String normalizeHostOnce(String raw) {
        if (raw.startsWith("[")) {
            return "[" + canonicalIpv6(raw.substring(1, raw.length() - 1)) + "]";
        }
        String host = raw.endsWith(".") ? raw.substring(0, raw.length() - 1) : raw;
        String ascii;
        try {
            ascii = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidUrlException("invalid host name");
        }
        if (!ASCII_HOST.matcher(ascii).matches()) {
            throw new InvalidUrlException("invalid host name");
        }
        return ascii;
    }

    private static String canonicalIpv6(String literal) {
        try {
            // a literal: no name lookup happens
            InetAddress address = InetAddress.getByName("[" + literal + "]");
            String text = address.getHostAddress().toLowerCase(Locale.ROOT);
            return address instanceof Inet4Address ? "::ffff:" + text : text;
        } catch (UnknownHostException e) {
            throw new InvalidUrlException("invalid IPv6 literal");
        }
    }
}
