package org.serge.web.api.statuses;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.serge.core.status.scheduled.ScheduledParams;
import org.serge.core.status.scheduled.ScheduledStatus;
import org.serge.core.timeline.MediaAttachmentSource;
import org.serge.web.api.entity.ApiTimes;

/** Mastodon's ScheduledStatus entity: id, scheduled_at, params as posted, and the media it will take. */
final class ScheduledStatusEntity {

    private final MediaAttachmentSource media;

    ScheduledStatusEntity(MediaAttachmentSource media) {
        this.media = media;
    }

    Future<JsonObject> render(ScheduledStatus scheduled) {
        JsonObject params = ScheduledParams.toJson(scheduled.request())
                .put("scheduled_at", null)
                .put("application_id", null)
                .put("idempotency", null)
                .put("with_rate_limit", false);
        return media.forMedia(scheduled.accountId(), scheduled.request().mediaIds())
                .map(attachments -> new JsonObject()
                        .put("id", String.valueOf(scheduled.id()))
                        .put("scheduled_at", ApiTimes.time(scheduled.scheduledAt()))
                        .put("params", params)
                        .put("media_attachments", new JsonArray(new java.util.ArrayList<>(attachments))));
    }
}
