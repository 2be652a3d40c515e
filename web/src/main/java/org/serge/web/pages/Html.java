package org.serge.web.pages;

import org.serge.core.text.HtmlEscape;

/** The frame of every server-rendered page, and escaping. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        return HtmlEscape.escape(text);
    }

    /** A whole page; {@code title} is escaped here, {@code body} must already be safe HTML. */
    public static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"referrer\" content=\"no-referrer\">"
                + "<title>" + escape(title) + "</title>"
                + "<link rel=\"stylesheet\" href=\"/static/serge.css\"></head>"
                + "<body><main>" + body + "</main></body></html>";
    }
}
