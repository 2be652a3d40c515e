package org.serge.core.status.scheduled;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Visibility;

/**
 * A post's parameters as stored in scheduled_statuses.params, in the shape of Mastodon's ScheduledStatus
 * {@code params} (ids as strings, {@code poll} null or {options, expires_in, multiple}).
 */
public final class ScheduledParams {

    private ScheduledParams() {
    }

    public static JsonObject toJson(PostRequest request) {
        JsonArray media = new JsonArray();
        request.mediaIds().forEach(id -> media.add(String.valueOf(id)));
        JsonObject poll = request.pollOptions().isEmpty() ? null : new JsonObject()
                .put("options", new JsonArray(new ArrayList<>(request.pollOptions())))
                .put("expires_in", request.pollExpiresInSeconds())
                .put("multiple", request.pollMultiple());
        return new JsonObject()
                .put("text", request.text() == null ? "" : request.text())
                .put("visibility", request.visibility().wireName())
                .put("spoiler_text", request.spoilerText() == null ? "" : request.spoilerText())
                .put("sensitive", request.sensitive())
                .put("language", request.language())
                .put("in_reply_to_id", request.inReplyToId() == null ? null : String.valueOf(request.inReplyToId()))
                .put("media_ids", media.isEmpty() ? null : media)
                .put("poll", poll);
    }

    public static PostRequest fromJson(JsonObject json) {
        List<Long> media = new ArrayList<>();
        JsonArray ids = json.getJsonArray("media_ids");
        if (ids != null) {
            ids.forEach(id -> media.add(Long.parseLong(id.toString())));
        }
        JsonObject poll = json.getJsonObject("poll");
        List<String> options = new ArrayList<>();
        if (poll != null) {
            poll.getJsonArray("options").forEach(o -> options.add(String.valueOf(o)));
        }
        String replyTo = json.getString("in_reply_to_id");
        return new PostRequest(json.getString("text"), Visibility.parse(json.getString("visibility")),
                json.getString("spoiler_text"), json.getBoolean("sensitive", false), json.getString("language"),
                replyTo == null ? null : Long.parseLong(replyTo), options,
                poll == null ? 0 : poll.getLong("expires_in", 0L), poll != null && poll.getBoolean("multiple", false),
                media);
    }
}
