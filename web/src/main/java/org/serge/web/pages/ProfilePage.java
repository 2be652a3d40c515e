package org.serge.web.pages;

import org.serge.core.account.Account;
import org.serge.core.config.LocalUris;

/** The public profile page of a local actor. */
public final class ProfilePage {

    private final LocalUris uris;
    private final String domain;

    public ProfilePage(LocalUris uris, String domain) {
        this.uris = uris;
        this.domain = domain;
    }

    public String render(Account account) {
        String handle = "@" + account.username() + "@" + domain;
        String actorUrl = uris.actor(account.username());
        return Html.page(account.displayName() + " (" + handle + ")",
                "<header class=\"profile\">"
                        + "<img class=\"avatar\" src=\"" + Html.escape(uris.defaultAvatar()) + "\" alt=\"\" width=\"96\" height=\"96\">"
                        + "<h1>" + Html.escape(account.displayName()) + "</h1>"
                        + "<p class=\"handle\">" + Html.escape(handle) + "</p>"
                        + "</header>"
                        + "<section class=\"summary\"><p>" + Html.escape(account.summary()) + "</p></section>"
                        + "<link rel=\"alternate\" type=\"application/activity+json\" href=\""
                        + Html.escape(actorUrl) + "\">");
    }
}
