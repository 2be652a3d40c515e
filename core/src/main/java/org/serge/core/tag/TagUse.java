package org.serge.core.tag;

/** One day of a hashtag's use: the UTC day's start (seconds since the epoch), statuses and distinct accounts. */
public record TagUse(long day, long uses, long accounts) {
}
