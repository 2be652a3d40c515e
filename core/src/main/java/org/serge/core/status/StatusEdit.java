package org.serge.core.status;

import java.time.OffsetDateTime;
import java.util.List;

/** One version of an edited status; {@code pollOptions} is null when that version had no poll. */
public record StatusEdit(long id, long statusId, long accountId, String content, String spoilerText,
                         boolean sensitive, List<String> pollOptions, OffsetDateTime createdAt) {

    public StatusEdit {
        pollOptions = pollOptions == null ? null : List.copyOf(pollOptions);
    }

    /** The only version of a status never edited: itself. */
    public static StatusEdit current(Status status, Poll poll) {
        return new StatusEdit(status.id(), status.id(), status.accountId(),
                status.content() == null ? "" : status.content(),
                status.spoilerText() == null ? "" : status.spoilerText(), status.sensitive(),
                poll == null ? null : poll.options(),
                status.editedAt() != null ? status.editedAt() : status.createdAt());
    }
}
