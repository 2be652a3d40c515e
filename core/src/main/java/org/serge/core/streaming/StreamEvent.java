package org.serge.core.streaming;

import io.vertx.core.json.JsonObject;

/**
 * Something that happened which streaming clients may want to hear about, as it crosses processes: its kind and
 * ids only, never content (a PostgreSQL notification payload holds at most 8000 bytes, and the listener reloads
 * and renders what it needs for each subscriber). {@code accountId} is the status's author, or the notified
 * member; {@code visibility} is set for statuses, so that a deleted one (whose row is gone) is still routed
 * correctly.
 */
public record StreamEvent(Kind kind, Long statusId, Long accountId, Long notificationId, String visibility) {

    /** The kinds of event, with their names on the wire. */
    public enum Kind {
        STATUS_CREATED("status.created"),
        STATUS_UPDATED("status.updated"),
        STATUS_DELETED("status.deleted"),
        NOTIFICATION_CREATED("notification.created");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Kind parse(String name) {
            for (Kind kind : values()) {
                if (kind.wireName.equals(name)) {
                    return kind;
                }
            }
            return null;
        }
    }

    public static StreamEvent status(Kind kind, long statusId, long accountId, String visibility) {
        return new StreamEvent(kind, statusId, accountId, null, visibility);
    }

    public static StreamEvent notification(long notificationId, long accountId) {
        return new StreamEvent(Kind.NOTIFICATION_CREATED, null, accountId, notificationId, null);
    }

    public String toJson() {
        JsonObject json = new JsonObject().put("kind", kind.wireName());
        if (statusId != null) {
            json.put("status", statusId);
        }
        if (accountId != null) {
            json.put("account", accountId);
        }
        if (notificationId != null) {
            json.put("notification", notificationId);
        }
        if (visibility != null) {
            json.put("visibility", visibility);
        }
        return json.encode();
    }

    /** The event in a payload, or null when the payload is not one (anything may NOTIFY on the channel). */
    public static StreamEvent parse(String payload) {
        try {
            JsonObject json = new JsonObject(payload);
            Kind kind = Kind.parse(json.getString("kind"));
            if (kind == null) {
                return null;
            }
            return new StreamEvent(kind, json.getLong("status"), json.getLong("account"),
                    json.getLong("notification"), json.getString("visibility"));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
