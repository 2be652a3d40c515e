package org.serge.federation.inbox;

import org.serge.core.account.Account;

/** What a handler knows beyond the activity: the actor whose signature was verified when it was received. */
public record InboxContext(Account actor) {
}
