package org.serge.core.status;

import java.util.List;

/**
 * A status about to be stored with what hangs off it: mentioned accounts, hashtags (lower-case, without '#'),
 * an optional poll, and for remote statuses the ActivityPub object it came from (JSON text, or null).
 */
public record StatusDraft(Status status, List<Long> mentionedAccountIds, List<String> tags, Poll poll,
                          String apObject) {

    public StatusDraft {
        mentionedAccountIds = mentionedAccountIds == null ? List.of() : List.copyOf(mentionedAccountIds);
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
