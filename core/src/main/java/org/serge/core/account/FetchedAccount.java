package org.serge.core.account;

import java.time.OffsetDateTime;

/** A stored remote account with when its actor document was last fetched (null when never). */
public record FetchedAccount(Account account, OffsetDateTime fetchedAt) {
}
