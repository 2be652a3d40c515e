package org.serge.core.timeline;

/** One entry of a paged list of accounts: the paging key (a favourite's or a boost's id) and the account. */
public record AccountPageEntry(long key, long accountId) {
}
