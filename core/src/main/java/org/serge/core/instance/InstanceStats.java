package org.serge.core.instance;

/** The counts a node publishes about itself: members, local posts, and the other servers it knows. */
public record InstanceStats(long userCount, long statusCount, long domainCount) {
}
