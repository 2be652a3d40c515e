package org.serge.core.status;

import java.time.OffsetDateTime;
import java.util.List;

/** The options and counts of a poll (an ActivityPub Question). */
public record Poll(boolean multiple, List<String> options, List<Integer> votes, Integer votersCount,
                   OffsetDateTime expiresAt) {

    public Poll {
        options = List.copyOf(options);
        votes = List.copyOf(votes);
        if (options.size() != votes.size()) {
            throw new IllegalArgumentException("one count per option");
        }
    }
}
