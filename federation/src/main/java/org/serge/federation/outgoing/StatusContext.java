package org.serge.federation.outgoing;

import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;

/**
 * A status with what its rendering and its audience need: its author, the accounts it mentions (local and
 * remote), its hashtags (lower case, without '#') and its poll (null when it has none).
 */
public record StatusContext(Status status, Account author, List<Account> mentions, List<String> tags, Poll poll) {

    public StatusContext {
        mentions = List.copyOf(mentions);
        tags = List.copyOf(tags);
    }
}
