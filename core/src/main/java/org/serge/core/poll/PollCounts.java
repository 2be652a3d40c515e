package org.serge.core.poll;

/** How a vote changes a poll's counts. */
public enum PollCounts {
    /** A local poll: its counts are recounted from the votes stored here. */
    RECOUNT,
    /** A remote poll: its counts (from its origin) go up by this vote until the origin says otherwise. */
    INCREMENT,
    /** A solidarity call's poll: its counts mirror the call's tally, which the pledge service keeps. */
    KEEP
}
