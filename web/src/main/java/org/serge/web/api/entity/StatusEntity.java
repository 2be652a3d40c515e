package org.serge.web.api.entity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.serge.core.account.Account;
import org.serge.core.config.LocalUris;
import org.serge.core.status.Status;
import org.serge.core.timeline.StatusView;

/**
 * Mastodon's Status entity from a {@link StatusView} (load views with {@code StatusViews}, never one by one in a
 * loop). A boost renders as a wrapper with empty content and the boosted status in {@code reblog}.
 */
public final class StatusEntity {

    private final LocalUris uris;
    private final AccountEntity accounts;

    public StatusEntity(LocalUris uris, AccountEntity accounts) {
        this.uris = uris;
        this.accounts = accounts;
    }

    public JsonObject render(StatusView view) {
        Status s = view.status();
        JsonArray mentions = new JsonArray();
        view.mentions().forEach(account -> mentions.add(mention(account)));
        JsonArray tags = new JsonArray();
        view.tags().forEach(tag -> tags.add(new JsonObject().put("name", tag).put("url", uris.tag(tag))));
        JsonArray media = new JsonArray();
        view.mediaAttachments().forEach(media::add);
        return new JsonObject()
                .put("id", String.valueOf(s.id()))
                .put("uri", s.uri())
                .put("url", s.url() != null ? s.url() : s.uri())
                .put("created_at", ApiTimes.time(s.createdAt()))
                .put("edited_at", ApiTimes.time(s.editedAt()))
                .put("account", accounts.render(view.account()))
                .put("content", s.content() == null ? "" : s.content())
                .put("visibility", s.visibility().wireName())
                .put("sensitive", s.sensitive())
                .put("spoiler_text", s.spoilerText() == null ? "" : s.spoilerText())
                .put("media_attachments", media)
                .put("mentions", mentions)
                .put("tags", tags)
                .put("emojis", new JsonArray())
                .put("reblogs_count", view.reblogsCount())
                .put("favourites_count", view.favouritesCount())
                .put("replies_count", view.repliesCount())
                .put("in_reply_to_id", s.inReplyToId() == null ? null : String.valueOf(s.inReplyToId()))
                .put("in_reply_to_account_id", view.inReplyToAccountId() == null ? null
                        : String.valueOf(view.inReplyToAccountId()))
                .put("reblog", view.reblog() == null ? null : render(view.reblog()))
                .put("poll", view.poll() == null ? null
                        : PollEntity.render(s.id(), view.poll(), view.voted(), view.ownVotes()))
                .put("card", null)
                .put("language", s.language())
                .put("application", null)
                .put("favourited", view.favourited())
                .put("reblogged", view.reblogged())
                .put("muted", false)
                .put("bookmarked", view.bookmarked())
                .put("pinned", view.pinned())
                .put("filtered", FilterEntity.results(view.filtered()));
    }

    public JsonArray renderAll(List<StatusView> views) {
        JsonArray array = new JsonArray();
        views.forEach(view -> array.add(render(view)));
        return array;
    }

    /** As {@link #render}, with the source text: what DELETE answers so that clients can redraft. */
    public JsonObject renderWithSource(StatusView view) {
        String text = view.status().sourceText();
        return render(view).put("text", text == null ? "" : text);
    }

    private JsonObject mention(Account account) {
        return new JsonObject()
                .put("id", String.valueOf(account.id()))
                .put("username", account.username())
                .put("acct", account.acct())
                .put("url", accounts.url(account));
    }
}
