package org.serge.web.discovery;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.serge.core.error.ServiceException;

/**
 * The account a WebFinger {@code resource} names: {@code acct:user@host}, {@code user@host}, or the URL of
 * a local actor or profile page. A malformed resource is a 400; a resource on another host is a 404.
 */
public record WebFingerResource(String username, boolean applicationActor) {

    public static WebFingerResource parse(String resource, String domain, String baseUrl) {
        if (resource == null || resource.isBlank()) {
            throw ServiceException.badRequest("the resource parameter is required");
        }
        String value = resource.trim();
        if (value.regionMatches(true, 0, "http://", 0, 7) || value.regionMatches(true, 0, "https://", 0, 8)) {
            return fromUrl(value, baseUrl);
        }
        if (value.regionMatches(true, 0, "acct:", 0, 5)) {
            value = value.substring(5);
        }
        if (value.startsWith("@")) {
            value = value.substring(1);
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.indexOf(':') >= 0 && value.indexOf(':') < at) {
            throw ServiceException.badRequest("the resource must look like acct:user@host");
        }
        String user = value.substring(0, at);
        String host = value.substring(at + 1).toLowerCase(Locale.ROOT);
        if (!host.equals(domain)) {
            throw ServiceException.notFound("that account is not on this node");
        }
        return new WebFingerResource(user, false);
    }

    private static WebFingerResource fromUrl(String value, String baseUrl) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw ServiceException.badRequest("the resource is not a valid URL");
        }
        if (uri.getHost() == null || uri.getRawPath() == null) {
            throw ServiceException.badRequest("the resource is not a valid URL");
        }
        URI base = URI.create(baseUrl);
        boolean sameOrigin = base.getHost().equalsIgnoreCase(uri.getHost()) && base.getPort() == uri.getPort();
        if (!sameOrigin) {
            throw ServiceException.notFound("that account is not on this node");
        }
        String path = uri.getPath();
        if (path.equals("/actor")) {
            return new WebFingerResource(null, true);
        }
        if (path.startsWith("/users/") && path.indexOf('/', 7) < 0 && path.length() > 7) {
            return new WebFingerResource(path.substring(7), false);
        }
        if (path.startsWith("/@") && path.indexOf('/', 2) < 0 && path.length() > 2) {
            return new WebFingerResource(path.substring(2), false);
        }
        throw ServiceException.notFound("no account at that URL");
    }
}
