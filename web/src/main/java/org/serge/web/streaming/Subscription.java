package org.serge.web.streaming;

import io.vertx.core.json.JsonArray;
import java.util.Locale;
import java.util.Set;
import org.serge.core.error.ServiceException;

/**
 * One stream a connection listens to: its Mastodon name and, for hashtag and list streams, the tag or list id.
 * {@link #key()} is the {@code stream} array of the frames sent for it.
 */
record Subscription(String stream, String param) {

    static final String USER = "user";
    static final String NOTIFICATIONS = "user:notification";
    static final String DIRECT = "direct";
    static final String LIST = "list";

    private static final Set<String> PLAIN = Set.of(USER, NOTIFICATIONS, DIRECT, "public", "public:media",
            "public:local", "public:local:media", "public:remote", "public:remote:media");
    private static final int MAX_TAG_LENGTH = 200;

    /** Parses a subscription; a ServiceException (400) says why it can't be had. */
    static Subscription parse(String stream, String tag, String list) {
        if (stream == null || stream.isBlank()) {
            throw ServiceException.badRequest("Unknown stream type");
        }
        if (PLAIN.contains(stream)) {
            return new Subscription(stream, null);
        }
        if (stream.equals("hashtag") || stream.equals("hashtag:local")) {
            String name = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (name.startsWith("#")) {
                name = name.substring(1);
            }
            if (name.isEmpty() || name.length() > MAX_TAG_LENGTH) {
                throw ServiceException.badRequest("No tag for stream provided");
            }
            return new Subscription(stream, name);
        }
        if (stream.equals(LIST)) {
            if (list == null || !list.matches("[0-9]{1,19}")) {
                throw ServiceException.badRequest("No list for stream provided");
            }
            return new Subscription(stream, list);
        }
        throw ServiceException.badRequest("Unknown stream type");
    }

    /** The scope a token needs for this stream. */
    String scope() {
        return stream.equals(NOTIFICATIONS) ? "read:notifications" : "read:statuses";
    }

    JsonArray key() {
        JsonArray key = new JsonArray().add(stream);
        if (param != null) {
            key.add(param);
        }
        return key;
    }

    boolean isPublic() {
        return stream.startsWith("public");
    }

    boolean isHashtag() {
        return stream.startsWith("hashtag");
    }

    boolean localOnly() {
        return stream.equals("hashtag:local") || stream.startsWith("public:local");
    }

    boolean remoteOnly() {
        return stream.startsWith("public:remote");
    }

    boolean mediaOnly() {
        return stream.endsWith(":media");
    }

    /** Whether statuses (update, status.update, delete) can be sent on this stream. */
    boolean carriesStatuses() {
        return !stream.equals(NOTIFICATIONS);
    }

    boolean isList() {
        return stream.equals(LIST);
    }
}
