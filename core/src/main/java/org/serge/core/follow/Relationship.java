package org.serge.core.follow;

/**
 * How a viewer and another account stand towards each other, as Mastodon's Relationship says;
 * {@code domainBlocking}: the viewer blocks the account's domain.
 */
public record Relationship(long accountId, boolean following, boolean followedBy, boolean blocking,
                           boolean blockedBy, boolean requested, boolean requestedBy, boolean muting,
                           boolean mutingNotifications, boolean domainBlocking) {

    /** The viewer and the account are the same, or nothing links them. */
    public static Relationship none(long accountId) {
        return new Relationship(accountId, false, false, false, false, false, false, false, false, false);
    }
}
