package org.serge.core.moderation;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A report about an account, by a member of this node or received as a Flag from another server
 * ({@code uri} is then the Flag's id; for a member's report forwarded as a Flag, the id it was sent with).
 * {@code ruleIds} is null unless the category is a rule violation.
 */
public record AccountReport(long id, long accountId, long targetAccountId, List<Long> statusIds, String comment,
                            String category, List<Long> ruleIds, boolean forwarded, String uri,
                            OffsetDateTime createdAt) {

    public AccountReport {
        statusIds = List.copyOf(statusIds);
        ruleIds = ruleIds == null ? null : List.copyOf(ruleIds);
    }
}
