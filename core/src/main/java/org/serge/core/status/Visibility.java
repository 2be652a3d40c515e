package org.serge.core.status;

import java.util.Locale;

/** Who may see a status, with Mastodon's names. */
public enum Visibility {
    PUBLIC, UNLISTED, PRIVATE, DIRECT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses Mastodon's names; null for anything else. */
    public static Visibility parse(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "public" -> PUBLIC;
            case "unlisted" -> UNLISTED;
            case "private" -> PRIVATE;
            case "direct" -> DIRECT;
            default -> null;
        };
    }

    /** Public and unlisted statuses may be shown to anyone who has their address. */
    public boolean isPublicLike() {
        return this == PUBLIC || this == UNLISTED;
    }
}
