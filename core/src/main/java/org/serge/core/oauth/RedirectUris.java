package org.serge.core.oauth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.serge.core.error.ServiceException;

/**
 * Redirect URIs as applications register them: absolute, without a fragment, any scheme (apps use their own,
 * such as {@code icecubesapp://}), or the out-of-band URN that asks for the code to be shown instead.
 */
public final class RedirectUris {

    public static final String OOB = "urn:ietf:wg:oauth:2.0:oob";
    private static final int MAX_LENGTH = 2000;
    private static final int MAX_COUNT = 20;
    private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "data", "vbscript", "file", "blob");

    private RedirectUris() {
    }

    /** Splits what a client sent (strings holding space- or newline-separated URIs) and validates each URI. */
    public static List<String> parse(List<String> given) {
        LinkedHashSet<String> uris = new LinkedHashSet<>();
        for (String text : given) {
            for (String uri : (text == null ? "" : text.trim()).split("\\s+")) {
                if (!uri.isEmpty()) {
                    uris.add(validated(uri));
                }
            }
        }
        if (uris.isEmpty()) {
            throw ServiceException.unprocessable("Validation failed: Redirect URI must be present");
        }
        if (uris.size() > MAX_COUNT) {
            throw ServiceException.unprocessable("Validation failed: too many redirect URIs");
        }
        return List.copyOf(new ArrayList<>(uris));
    }

    private static String validated(String uri) {
        if (uri.equals(OOB)) {
            return uri;
        }
        if (uri.length() > MAX_LENGTH) {
            throw ServiceException.unprocessable("Validation failed: Redirect URI is too long");
        }
        // a scheme, then no fragment, space or control character; java.net.URI is too strict for app schemes
        // such as icecubesapp:// (an empty authority)
        if (!uri.matches("[A-Za-z][A-Za-z0-9+.-]*:[^\\s#\\p{Cntrl}]+")
                || FORBIDDEN_SCHEMES.contains(uri.substring(0, uri.indexOf(':')).toLowerCase(Locale.ROOT))) {
            throw ServiceException.unprocessable(
                    "Validation failed: Redirect URI must be an absolute URI without a fragment");
        }
        return uri;
    }
}
