package org.serge.federation.fetch;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The Content-Type values a fetch accepts, compared on the media type alone (parameters are ignored). */
public final class MediaTypes {

    public static final String ACTIVITY_JSON = "application/activity+json";
    public static final String LD_JSON = "application/ld+json";
    public static final String JRD_JSON = "application/jrd+json";
    public static final String JSON = "application/json";

    /** What an ActivityPub GET asks for. */
    public static final String ACTIVITYPUB_ACCEPT =
            ACTIVITY_JSON + ", " + LD_JSON + "; profile=\"https://www.w3.org/ns/activitystreams\"";

    public static final String WEBFINGER_ACCEPT = JRD_JSON + ", " + JSON;

    private MediaTypes() {
    }

    /** activity+json, ld+json with any profile, or plain json (which some servers send). */
    public static Predicate<String> activityPub() {
        return oneOf(Set.of(ACTIVITY_JSON, LD_JSON, JSON));
    }

    public static Predicate<String> webFinger() {
        return oneOf(Set.of(JRD_JSON, JSON));
    }

    /** The media type without parameters, lower-cased; null for null. */
    public static String essence(String contentType) {
        if (contentType == null) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.strip().toLowerCase(Locale.ROOT);
    }

    private static Predicate<String> oneOf(Set<String> types) {
        return contentType -> contentType != null && types.contains(essence(contentType));
    }
}
