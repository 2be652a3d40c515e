package org.serge.core.moderation;

import java.util.List;

/** What a member sends to report an account: POST /api/v1/reports. {@code category} may be null ("other"). */
public record NewReport(long targetAccountId, List<Long> statusIds, String comment, boolean forward, String category,
                        List<Long> ruleIds) {

    public NewReport {
        statusIds = List.copyOf(statusIds);
        ruleIds = List.copyOf(ruleIds);
    }
}
