package org.serge.core.notification;

import java.util.Set;

/** Mastodon's notification types, and those that point at a status. */
public final class NotificationTypes {

    public static final String MENTION = "mention";
    public static final String STATUS = "status";
    public static final String REBLOG = "reblog";
    public static final String FOLLOW = "follow";
    public static final String FOLLOW_REQUEST = "follow_request";
    public static final String FAVOURITE = "favourite";
    public static final String POLL = "poll";
    public static final String UPDATE = "update";

    public static final Set<String> ALL = Set.of(MENTION, STATUS, REBLOG, FOLLOW, FOLLOW_REQUEST, FAVOURITE, POLL,
            UPDATE, "admin.sign_up", "admin.report", "severed_relationships", "moderation_warning");

    private static final Set<String> WITH_STATUS = Set.of(MENTION, STATUS, REBLOG, FAVOURITE, POLL, UPDATE);

    private NotificationTypes() {
    }

    public static boolean hasStatus(String type) {
        return WITH_STATUS.contains(type);
    }
}
