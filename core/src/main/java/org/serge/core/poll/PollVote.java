package org.serge.core.poll;

/** One chosen option of a member's vote; {@code uri} is the vote Note's id when it goes to a remote poll. */
public record PollVote(long id, int choice, String uri) {
}
