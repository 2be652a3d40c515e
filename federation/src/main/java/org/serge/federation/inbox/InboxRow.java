package org.serge.federation.inbox;

/** A stored inbox activity claimed for processing; {@code attempts} counts this one. */
public record InboxRow(long id, String activityId, String actorUri, String type, String payload, int attempts) {
}
