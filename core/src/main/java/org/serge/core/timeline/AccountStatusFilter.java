package org.serge.core.timeline;

/** The filters of an account's statuses: GET /api/v1/accounts/:id/statuses. {@code tagged} may be null. */
public record AccountStatusFilter(boolean excludeReplies, boolean excludeReblogs, boolean onlyMedia, String tagged) {

    public static final AccountStatusFilter NONE = new AccountStatusFilter(false, false, false, null);
}
