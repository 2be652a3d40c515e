package org.serge.core.search;

import java.util.List;
import org.serge.core.account.Account;

/** Found accounts, the ids of found statuses (in order, for the caller to render) and hashtag names. */
public record SearchResults(List<Account> accounts, List<Long> statusIds, List<String> hashtags) {
}
