package org.serge.core.follow;

/** A follow or follow request: who follows whom, and the id of the Follow activity. */
public record FollowEdge(long followerId, long targetId, String uri) {
}
