package org.serge.web.api;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.serge.core.account.Account;
import org.serge.core.config.LocalUris;
import org.serge.web.pages.Html;

/**
 * Mastodon's Account entity, and the CredentialAccount a member sees of themself. Every field strict clients
 * expect is present and typed: ids as strings, real image URLs, RFC 3339 times with milliseconds.
 */
public final class AccountEntity {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final LocalUris uris;

    public AccountEntity(LocalUris uris) {
        this.uris = uris;
    }

    public JsonObject render(Account account) {
        String avatar = account.avatarUrl() != null ? account.avatarUrl() : uris.defaultAvatar();
        String uri = account.isLocal() ? uris.actor(account.username()) : account.uri();
        String url = account.isLocal() ? uris.profilePage(account.username())
                : account.url() != null ? account.url() : account.uri();
        return new JsonObject()
                .put("id", String.valueOf(account.id()))
                .put("username", account.username())
                .put("acct", account.acct())
                .put("display_name", account.displayName() == null ? "" : account.displayName())
                .put("locked", account.locked())
                .put("bot", false)
                .put("discoverable", false)
                .put("indexable", false)
                .put("group", false)
                .put("created_at", time(account.createdAt()))
                .put("note", note(account.summary()))
                .put("url", url)
                .put("uri", uri)
                .put("avatar", avatar)
                .put("avatar_static", avatar)
                .put("header", uris.defaultAvatar())
                .put("header_static", uris.defaultAvatar())
                .put("followers_count", 0)
                .put("following_count", 0)
                .put("statuses_count", 0)
                .put("last_status_at", null)
                .put("emojis", new JsonArray())
                .put("fields", new JsonArray())
                .put("roles", new JsonArray());
    }

    /** The account as its owner sees it, with the source of its profile and its role. */
    public JsonObject credential(Account account) {
        return render(account)
                .put("source", new JsonObject()
                        .put("privacy", "public")
                        .put("sensitive", false)
                        .put("language", "")
                        .put("note", account.summary() == null ? "" : account.summary())
                        .put("fields", new JsonArray())
                        .put("follow_requests_count", 0))
                .put("role", new JsonObject()
                        .put("id", "-99")
                        .put("name", "")
                        .put("permissions", "0")
                        .put("color", "")
                        .put("highlighted", false));
    }

    public static String time(OffsetDateTime time) {
        return time == null ? null : TIME.format(time);
    }

    // summaries are plain text today; Mastodon's note is HTML
    private static String note(String summary) {
        return summary == null || summary.isBlank() ? "" : "<p>" + Html.escape(summary) + "</p>";
    }
}
