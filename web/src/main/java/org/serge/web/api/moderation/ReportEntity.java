package org.serge.web.api.moderation;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.serge.core.moderation.AccountReport;
import org.serge.web.api.entity.ApiTimes;

/** Mastodon's Report entity (without its target_account, which callers add). */
final class ReportEntity {

    private ReportEntity() {
    }

    static JsonObject render(AccountReport report, JsonObject targetAccount) {
        JsonArray statusIds = new JsonArray();
        report.statusIds().forEach(id -> statusIds.add(String.valueOf(id)));
        JsonArray ruleIds = null;
        if (report.ruleIds() != null) {
            ruleIds = new JsonArray();
            for (Long id : report.ruleIds()) {
                ruleIds.add(String.valueOf(id));
            }
        }
        return new JsonObject()
                .put("id", String.valueOf(report.id()))
                .put("action_taken", false)
                .put("action_taken_at", null)
                .put("category", report.category())
                .put("comment", report.comment())
                .put("forwarded", report.forwarded())
                .put("created_at", ApiTimes.time(report.createdAt()))
                .put("status_ids", statusIds)
                .put("rule_ids", ruleIds)
                .put("target_account", targetAccount);
    }
}
