package org.serge.core.account;

import java.time.OffsetDateTime;

/** A remote key as stored, with its owner and when it was fetched. */
public record StoredKey(RemoteKey key, Account owner, OffsetDateTime fetchedAt) {
}
