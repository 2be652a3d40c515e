package org.serge.core.follow;

/** One entry of a followers or following page: the follow's id (the paging key) and the other account. */
public record FollowPageEntry(long followId, long accountId) {
}
