package org.serge.core.timeline;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The hook through which media attachments reach rendered statuses: for a batch of status ids, the Mastodon
 * MediaAttachment entities of each (in order; statuses without media may be left out). One call per batch, so
 * an implementation should use one query. Until media exist, {@link #NONE}.
 */
public interface MediaAttachmentSource {

    MediaAttachmentSource NONE = statusIds -> Future.succeededFuture(Map.of());

    Future<Map<Long, List<JsonObject>>> forStatuses(Collection<Long> statusIds);

    /**
     * The account's own media not attached to a status yet (a scheduled status's), in the given order; missing
     * ones are left out. By default none.
     */
    default Future<List<JsonObject>> forMedia(long accountId, List<Long> mediaIds) {
        return Future.succeededFuture(List.of());
    }
}
