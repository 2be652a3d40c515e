package org.serge.core.timeline;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.account.AccountView;
import org.serge.core.filter.FilterMatch;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;

/**
 * A status with everything the client API renders beside it, as seen by one viewer (the flags are false for
 * anonymous viewers). {@code reblog} is the boosted status when this one is a boost. {@code mediaAttachments}
 * are Mastodon MediaAttachment entities, already rendered, from the {@link MediaAttachmentSource}.
 * {@code voted}: the viewer voted in its poll or wrote it (Mastodon's rule); {@code ownVotes}: the options they
 * voted for; {@code filtered}: the viewer's filters that match it, in every context (clients and timelines pick
 * theirs); {@code pinned}: the viewer is its author and pinned it to their profile.
 */
public record StatusView(
        Status status,
        AccountView account,
        List<Account> mentions,
        List<String> tags,
        Poll poll,
        List<JsonObject> mediaAttachments,
        long reblogsCount,
        long favouritesCount,
        long repliesCount,
        Long inReplyToAccountId,
        boolean favourited,
        boolean reblogged,
        StatusView reblog,
        boolean bookmarked,
        boolean voted,
        List<Integer> ownVotes,
        List<FilterMatch> filtered,
        boolean pinned) {

    public StatusView {
        ownVotes = List.copyOf(ownVotes);
        filtered = List.copyOf(filtered);
        mentions = List.copyOf(mentions);
        tags = List.copyOf(tags);
        mediaAttachments = List.copyOf(mediaAttachments);
    }

    public long id() {
        return status.id();
    }

    /** Whether a filter of the viewer's hides it (or the status it boosts) in this context. */
    public boolean hiddenIn(String context) {
        return filtered.stream().anyMatch(m -> m.filter().hides(context)) || reblog != null && reblog.hiddenIn(context);
    }
}
