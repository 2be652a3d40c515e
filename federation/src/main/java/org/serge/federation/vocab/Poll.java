package org.serge.federation.vocab;

import java.time.Instant;
import java.util.List;

/**
 * The poll part of a Question. {@code closed} is true when the Question says so ("closed": a date or true);
 * {@code closedAt} is that date when one was given. The end time is the Question's {@link AsObject#endTime()}.
 */
public record Poll(
        List<PollOption> oneOf,
        List<PollOption> anyOf,
        boolean closed,
        Instant closedAt,
        Integer votersCount) {

    public boolean multipleChoice() {
        return !anyOf.isEmpty();
    }

    public List<PollOption> options() {
        return multipleChoice() ? anyOf : oneOf;
    }
}
