package org.serge.core.status;

import java.util.List;

/**
 * What a member asks to post. {@code pollOptions} empty means no poll; {@code pollExpiresInSeconds} and
 * {@code pollMultiple} only matter with options. {@code inReplyToId} may be null. {@code mediaIds} are the
 * member's uploaded, not yet attached media, in display order (empty: none); an edit keeps the media it has.
 */
public record PostRequest(
        String text,
        Visibility visibility,
        String spoilerText,
        boolean sensitive,
        String language,
        Long inReplyToId,
        List<String> pollOptions,
        long pollExpiresInSeconds,
        boolean pollMultiple,
        List<Long> mediaIds) {

    public PostRequest {
        pollOptions = pollOptions == null ? List.of() : List.copyOf(pollOptions);
        mediaIds = mediaIds == null ? List.of() : List.copyOf(mediaIds);
    }

    /** A request without media. */
    public PostRequest(String text, Visibility visibility, String spoilerText, boolean sensitive, String language,
                       Long inReplyToId, List<String> pollOptions, long pollExpiresInSeconds, boolean pollMultiple) {
        this(text, visibility, spoilerText, sensitive, language, inReplyToId, pollOptions, pollExpiresInSeconds,
                pollMultiple, List.of());
    }

    public static PostRequest text(String text, Visibility visibility) {
        return new PostRequest(text, visibility, "", false, null, null, List.of(), 0, false, List.of());
    }

    public PostRequest replyingTo(long statusId) {
        return new PostRequest(text, visibility, spoilerText, sensitive, language, statusId, pollOptions,
                pollExpiresInSeconds, pollMultiple, mediaIds);
    }

    public PostRequest withMedia(List<Long> ids) {
        return new PostRequest(text, visibility, spoilerText, sensitive, language, inReplyToId, pollOptions,
                pollExpiresInSeconds, pollMultiple, ids);
    }
}
