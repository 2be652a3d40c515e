package org.serge.federation.inbox;

/** What the receiver did with a request it answers 202. */
public enum InboxOutcome {
    /** Stored for processing. */
    STORED,
    /** An activity with this id was stored before; nothing changed. */
    DUPLICATE,
    /** Accepted and dropped without storing: a blocked domain, or a Delete from an actor that is gone. */
    DROPPED
}
