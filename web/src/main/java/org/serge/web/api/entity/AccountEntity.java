package org.serge.web.api.entity;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.serge.core.account.Account;
import org.serge.core.account.AccountView;
import org.serge.core.config.LocalUris;
import org.serge.web.pages.Html;

/**
 * Mastodon's Account entity, and the CredentialAccount a member sees of themself. Every field strict clients
 * expect is present and typed: ids as strings, real image URLs (the node's defaults when the account has none),
 * RFC 3339 times with milliseconds, acct bare for local accounts and user@domain for remote ones.
 */
public final class AccountEntity {

    private final LocalUris uris;

    public AccountEntity(LocalUris uris) {
        this.uris = uris;
    }

    public JsonObject render(AccountView view) {
        Account account = view.account();
        String avatar = account.avatarUrl() != null ? account.avatarUrl() : uris.defaultAvatar();
        String header = uris.defaultHeader();
        return new JsonObject()
                .put("id", String.valueOf(account.id()))
                .put("username", account.username())
                .put("acct", account.acct())
                .put("display_name", account.displayName() == null ? "" : account.displayName())
                .put("locked", account.locked())
                .put("bot", view.bot())
                .put("discoverable", view.discoverable())
                .put("indexable", false)
                .put("group", view.group())
                .put("created_at", ApiTimes.time(account.createdAt()))
                .put("note", note(account))
                .put("url", url(account))
                .put("uri", uri(account))
                .put("avatar", avatar)
                .put("avatar_static", avatar)
                .put("header", header)
                .put("header_static", header)
                .put("followers_count", view.followersCount())
                .put("following_count", view.followingCount())
                .put("statuses_count", view.statusesCount())
                .put("last_status_at", ApiTimes.date(view.lastStatusAt()))
                .put("hide_collections", true)
                .put("noindex", !view.discoverable())
                .put("emojis", new JsonArray())
                .put("fields", new JsonArray())
                .put("roles", new JsonArray());
    }

    /** The account as its owner sees it, with the source of its profile and its role. */
    public JsonObject credential(AccountView view, long followRequestsCount) {
        Account account = view.account();
        return render(view)
                .put("source", new JsonObject()
                        .put("privacy", "public")
                        .put("sensitive", false)
                        .put("language", "")
                        .put("note", account.summary() == null ? "" : account.summary())
                        .put("fields", new JsonArray())
                        .put("follow_requests_count", followRequestsCount))
                .put("role", new JsonObject()
                        .put("id", "-99")
                        .put("name", "")
                        .put("permissions", "0")
                        .put("color", "")
                        .put("highlighted", false));
    }

    /** The profile page: ours for local accounts, the remote one's url (or id) otherwise. */
    public String url(Account account) {
        return account.isLocal() ? uris.profilePage(account.username())
                : account.url() != null ? account.url() : account.uri();
    }

    public String uri(Account account) {
        return account.isLocal() ? uris.actor(account.username()) : account.uri();
    }

    // local summaries are plain text; remote ones are HTML sanitized when they arrived
    private static String note(Account account) {
        String summary = account.summary();
        if (summary == null || summary.isBlank()) {
            return "";
        }
        return account.isLocal() ? "<p>" + Html.escape(summary).replace("\n", "<br>") + "</p>" : summary;
    }
}
