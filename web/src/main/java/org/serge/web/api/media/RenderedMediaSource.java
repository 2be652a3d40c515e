package org.serge.web.api.media;

import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.core.media.MediaService;
import org.serge.core.timeline.MediaAttachmentSource;

/** The media_attachments of statuses as the client API renders them: one query per batch of statuses. */
public final class RenderedMediaSource implements MediaAttachmentSource {

    private final MediaService service;
    private final MediaAttachmentEntity entity;

    public RenderedMediaSource(MediaService service, MediaAttachmentEntity entity) {
        this.service = service;
        this.entity = entity;
    }

    @Override
    public Future<Map<Long, List<JsonObject>>> forStatuses(Collection<Long> statusIds) {
        return service.forStatuses(statusIds).map(byStatus -> {
            Map<Long, List<JsonObject>> rendered = new LinkedHashMap<>();
            byStatus.forEach((statusId, media) -> {
                List<JsonObject> entities = new ArrayList<>(media.size());
                media.forEach(item -> entities.add(entity.render(item)));
                rendered.put(statusId, entities);
            });
            return rendered;
        });
    }

    @Override
    public Future<List<JsonObject>> forMedia(long accountId, List<Long> mediaIds) {
        List<Future<JsonObject>> each = new ArrayList<>();
        for (Long id : mediaIds) {
            each.add(service.find(accountId, id).map(entity::render).otherwise((JsonObject) null));
        }
        return Future.join(each).map(v -> {
            List<JsonObject> rendered = new ArrayList<>();
            each.forEach(f -> {
                if (f.result() != null) {
                    rendered.add(f.result());
                }
            });
            return rendered;
        });
    }
}
