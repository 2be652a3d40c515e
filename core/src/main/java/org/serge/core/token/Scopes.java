package org.serge.core.token;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * OAuth scopes as Mastodon defines them: the top-level read, write, follow, push, profile, and the granular
 * ones beneath read and write (read:statuses, write:media, admin:read:accounts...).
 */
public final class Scopes {

    private static final Set<String> TOP = Set.of("read", "write", "follow", "push", "profile");
    private static final Set<String> READ = Set.of("accounts", "blocks", "bookmarks", "favourites", "filters",
            "follows", "lists", "mutes", "notifications", "search", "statuses");
    private static final Set<String> WRITE = Set.of("accounts", "blocks", "bookmarks", "conversations",
            "favourites", "filters", "follows", "lists", "media", "mutes", "notifications", "reports", "statuses");
    private static final Set<String> ADMIN = Set.of("accounts", "reports", "domain_allows", "domain_blocks",
            "ip_blocks", "email_domain_blocks", "canonical_email_blocks");

    private Scopes() {
    }

    /** Parses a space-separated list; IllegalArgumentException names the first unknown scope. */
    public static Set<String> parse(String text) {
        Set<String> scopes = new LinkedHashSet<>();
        for (String scope : Arrays.asList(text == null ? new String[0] : text.trim().split("[\\s+]+"))) {
            if (scope.isEmpty()) {
                continue;
            }
            if (!isKnown(scope)) {
                throw new IllegalArgumentException("unknown scope: " + scope);
            }
            scopes.add(scope);
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException("no scope given");
        }
        return scopes;
    }

    /** Every known scope, top-level first, for discovery documents. */
    public static java.util.List<String> supported() {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("read", "write", "follow", "push",
                "profile"));
        READ.stream().sorted().forEach(name -> all.add("read:" + name));
        WRITE.stream().sorted().forEach(name -> all.add("write:" + name));
        all.add("admin:read");
        all.add("admin:write");
        ADMIN.stream().sorted().forEach(name -> all.add("admin:read:" + name));
        ADMIN.stream().sorted().forEach(name -> all.add("admin:write:" + name));
        return all;
    }

    public static boolean isKnown(String scope) {
        if (TOP.contains(scope) || scope.equals("admin:read") || scope.equals("admin:write")) {
            return true;
        }
        String[] parts = scope.split(":");
        if (parts.length == 2) {
            return ("read".equals(parts[0]) && READ.contains(parts[1]))
                    || ("write".equals(parts[0]) && WRITE.contains(parts[1]));
        }
        return parts.length == 3 && "admin".equals(parts[0])
                && ("read".equals(parts[1]) || "write".equals(parts[1])) && ADMIN.contains(parts[2]);
    }

    /** Whether the granted scopes allow the required one: "read" grants "read:statuses", and so on. */
    public static boolean grants(Set<String> granted, String required) {
        if (granted.contains(required)) {
            return true;
        }
        int colon = required.lastIndexOf(':');
        return colon > 0 && grants(granted, required.substring(0, colon));
    }
}
