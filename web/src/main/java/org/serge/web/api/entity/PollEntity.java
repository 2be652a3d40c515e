package org.serge.web.api.entity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.serge.core.status.Poll;

/**
 * Mastodon's Poll entity. The poll's id is its status's id. {@code voted} and {@code own_votes} are the viewer's
 * (false and empty for an anonymous one).
 */
public final class PollEntity {

    private PollEntity() {
    }

    public static JsonObject render(long statusId, Poll poll) {
        return render(statusId, poll, false, List.of());
    }

    public static JsonObject render(long statusId, Poll poll, boolean voted, List<Integer> ownVotes) {
        JsonArray options = new JsonArray();
        int total = 0;
        for (int i = 0; i < poll.options().size(); i++) {
            int votes = poll.votes().get(i) == null ? 0 : poll.votes().get(i);
            total += votes;
            options.add(new JsonObject().put("title", poll.options().get(i)).put("votes_count", votes));
        }
        boolean expired = poll.expiresAt() != null && poll.expiresAt().isBefore(OffsetDateTime.now(ZoneOffset.UTC));
        Integer voters = poll.votersCount() != null ? poll.votersCount() : poll.multiple() ? null : total;
        return new JsonObject()
                .put("id", String.valueOf(statusId))
                .put("expires_at", ApiTimes.time(poll.expiresAt()))
                .put("expired", expired)
                .put("multiple", poll.multiple())
                .put("votes_count", total)
                .put("voters_count", voters)
                .put("voted", voted)
                .put("own_votes", new JsonArray(List.copyOf(ownVotes)))
                .put("options", options)
                .put("emojis", new JsonArray());
    }
}
