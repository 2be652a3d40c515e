package org.serge.web.api.entity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.serge.core.follow.Relationship;

/** Mastodon's Relationship entity. Notes and endorsements do not exist yet: false or "". */
public final class RelationshipEntity {

    private RelationshipEntity() {
    }

    public static JsonObject render(Relationship r) {
        return new JsonObject()
                .put("id", String.valueOf(r.accountId()))
                .put("following", r.following())
                .put("showing_reblogs", r.following() || r.requested())
                .put("notifying", false)
                .put("languages", null)
                .put("followed_by", r.followedBy())
                .put("blocking", r.blocking())
                .put("blocked_by", r.blockedBy())
                .put("muting", r.muting())
                .put("muting_notifications", r.mutingNotifications())
                .put("requested", r.requested())
                .put("requested_by", r.requestedBy())
                .put("domain_blocking", r.domainBlocking())
                .put("endorsed", false)
                .put("note", "");
    }

    public static JsonArray renderAll(Iterable<Relationship> relationships) {
        JsonArray array = new JsonArray();
        relationships.forEach(r -> array.add(render(r)));
        return array;
    }
}
