package org.serge.core.media;

import java.time.OffsetDateTime;

/**
 * An uploaded medium as stored: the re-encoded original and its thumbnail (each named by a random key that
 * carries its extension), their sizes, a blurhash, the focal point and the description.
 *
 * @param statusId    the status it is attached to, null until a status is posted with it
 * @param type        Mastodon's attachment type: "image" for everything Serge accepts today
 * @param fileKey     the original's key, e.g. {@code 0f3a...9c.jpg}; the file is {@code media/0f/0f3a...9c.jpg}
 * @param fileSize    the stored original's size in bytes
 * @param description alt text, or null
 */
public record MediaAttachment(
        long id,
        long accountId,
        Long statusId,
        String type,
        String fileKey,
        String contentType,
        long fileSize,
        int width,
        int height,
        String thumbnailKey,
        int thumbnailWidth,
        int thumbnailHeight,
        String blurhash,
        Focus focus,
        String description,
        OffsetDateTime createdAt) {

    public boolean attached() {
        return statusId != null;
    }
}
