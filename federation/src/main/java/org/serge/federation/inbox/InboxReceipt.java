package org.serge.federation.inbox;

/** The answer to an accepted inbox request: the activity's id and what became of it. */
public record InboxReceipt(String activityId, InboxOutcome outcome) {
}
