package org.serge.federation.vocab;

/** One option of a Question; {@code votes} is replies.totalItems, null when not given. */
public record PollOption(String name, Integer votes) {
}
