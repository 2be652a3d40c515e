package org.serge.core.oauth;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.serge.core.token.Scopes;

/** Scopes as stored (space-separated) and as requested against an application's. */
public final class ScopeText {

    /** What a client gets when it asks for no scope, as in Mastodon. */
    public static final String DEFAULT = "read";

    private ScopeText() {
    }

    /** Splits stored scopes; the stored text was validated on the way in. */
    public static Set<String> split(String stored) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : (stored == null ? "" : stored.trim()).split("\\s+")) {
            if (!scope.isEmpty()) {
                scopes.add(scope);
            }
        }
        return Collections.unmodifiableSet(scopes);
    }

    public static String join(Set<String> scopes) {
        return String.join(" ", scopes);
    }

    /**
     * The scopes a client asks of an application (space or + separated; blank means the default, or all of the
     * application's when it has no "read"); every one must be granted by the application's.
     */
    public static Set<String> request(String requested, Set<String> appScopes) {
        Set<String> asked;
        if (requested == null || requested.isBlank()) {
            asked = Scopes.grants(appScopes, DEFAULT) ? Set.of(DEFAULT) : appScopes;
        } else {
            try {
                asked = Scopes.parse(requested);
            } catch (IllegalArgumentException e) {
                throw OAuthException.invalidScope("The requested scope is invalid, unknown, or malformed.");
            }
        }
        for (String scope : asked) {
            if (!Scopes.grants(appScopes, scope)) {
                throw OAuthException.invalidScope("The requested scope is invalid, unknown, or malformed.");
            }
        }
        return Collections.unmodifiableSet(new LinkedHashSet<>(asked));
    }
}
