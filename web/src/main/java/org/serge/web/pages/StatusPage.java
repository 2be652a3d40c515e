package org.serge.web.pages;

import java.time.format.DateTimeFormatter;
import org.serge.core.config.LocalUris;
import org.serge.core.status.Status;

/** The public page of a local status. Its content is HTML that Serge produced (escaped text with links). */
public final class StatusPage {

    private final LocalUris uris;
    private final String domain;

    public StatusPage(LocalUris uris, String domain) {
        this.uris = uris;
        this.domain = domain;
    }

    public String render(String username, Status status) {
        String spoiler = status.spoilerText() == null || status.spoilerText().isBlank() ? ""
                : "<p class=\"spoiler\"><strong>" + Html.escape(status.spoilerText()) + "</strong></p>";
        return Html.page("@" + username + "@" + domain,
                "<article class=\"status\"><header><a href=\"" + Html.escape(uris.profilePage(username)) + "\">@"
                        + Html.escape(username) + "@" + Html.escape(domain) + "</a> · <time datetime=\""
                        + DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(status.createdAt()) + "\">"
                        + DateTimeFormatter.ISO_LOCAL_DATE.format(status.createdAt()) + "</time></header>"
                        + spoiler + "<div class=\"content\">" + status.content() + "</div></article>"
                        + "<link rel=\"alternate\" type=\"application/activity+json\" href=\""
                        + Html.escape(status.uri()) + "\">");
    }
}
