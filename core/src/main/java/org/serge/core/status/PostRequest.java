package org.serge.core.status;

import java.util.List;

/**
 * What a member asks to post. {@code pollOptions} empty means no poll; {@code pollExpiresInSeconds} and
 * {@code pollMultiple} only matter with options. {@code inReplyToId} may be null.
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
        boolean pollMultiple) {

    public PostRequest {
        pollOptions = pollOptions == null ? List.of() : List.copyOf(pollOptions);
    }

    public static PostRequest text(String text, Visibility visibility) {
        return new PostRequest(text, visibility, "", false, null, null, List.of(), 0, false);
    }

    public PostRequest replyingTo(long statusId) {
        return new PostRequest(text, visibility, spoilerText, sensitive, language, statusId, pollOptions,
                pollExpiresInSeconds, pollMultiple);
    }
}
