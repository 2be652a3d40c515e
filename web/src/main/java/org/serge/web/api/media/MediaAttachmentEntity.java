package org.serge.web.api.media;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.serge.core.media.MediaAttachment;

/** Mastodon's MediaAttachment entity, for the media routes and for statuses' media_attachments. */
public final class MediaAttachmentEntity {

    private final String base;

    /** @param base the node's base URL, without a trailing slash */
    public MediaAttachmentEntity(String base) {
        this.base = base;
    }

    /** Where a stored file is served. */
    public String fileUrl(String key) {
        return base + MediaFileRoutes.PREFIX + key;
    }

    public JsonObject render(MediaAttachment media) {
        return new JsonObject()
                .put("id", String.valueOf(media.id()))
                .put("type", media.type())
                .put("url", fileUrl(media.fileKey()))
                .put("preview_url", fileUrl(media.thumbnailKey()))
                .put("remote_url", null)
                .put("preview_remote_url", null)
                .put("text_url", null)
                .put("meta", new JsonObject()
                        .put("original", size(media.width(), media.height()))
                        .put("small", size(media.thumbnailWidth(), media.thumbnailHeight()))
                        .put("focus", new JsonObject().put("x", media.focus().x()).put("y", media.focus().y())))
                .put("description", media.description())
                .put("blurhash", media.blurhash());
    }

    public JsonArray render(List<MediaAttachment> media) {
        JsonArray array = new JsonArray();
        media.forEach(item -> array.add(render(item)));
        return array;
    }

    private static JsonObject size(int width, int height) {
        return new JsonObject()
                .put("width", width)
                .put("height", height)
                .put("size", width + "x" + height)
                .put("aspect", (double) width / height);
    }
}
