package org.serge.core.status;

import java.time.OffsetDateTime;

/**
 * A post, local or remote. A boost is a status whose {@code reblogOfId} names the boosted one and whose own
 * content is empty.
 */
public record Status(
        long id,
        String uri,
        String url,
        long accountId,
        boolean local,
        String objectType,
        Visibility visibility,
        Long inReplyToId,
        String inReplyToUri,
        Long reblogOfId,
        String title,
        String content,
        String sourceText,
        String spoilerText,
        boolean sensitive,
        String language,
        OffsetDateTime createdAt,
        OffsetDateTime editedAt) {

    public boolean isReblog() {
        return reblogOfId != null;
    }
}
