package org.serge.federation.outgoing;

import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.media.MediaAttachment;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;

/**
 * A status with what its rendering and its audience need: its author, the accounts it mentions (local and
 * remote), its hashtags (lower case, without '#'), its poll (null when it has none) and its media, in order.
 */
public record StatusContext(Status status, Account author, List<Account> mentions, List<String> tags, Poll poll,
                            List<MediaAttachment> media) {

    public StatusContext {
        mentions = List.copyOf(mentions);
        tags = List.copyOf(tags);
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** A status without media. */
    public StatusContext(Status status, Account author, List<Account> mentions, List<String> tags, Poll poll) {
        this(status, author, mentions, tags, poll, List.of());
    }
}
