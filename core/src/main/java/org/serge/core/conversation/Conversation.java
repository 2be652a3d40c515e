package org.serge.core.conversation;

import java.util.List;

/**
 * A member's direct conversation: the other participants (sorted ids; empty when they write to themselves), whether
 * it is unread, and its newest status the member may still see ({@code lastStatusId}, null when none is left).
 */
public record Conversation(long id, long accountId, List<Long> participantIds, boolean unread, Long lastStatusId) {

    public Conversation {
        participantIds = List.copyOf(participantIds);
    }
}
