package org.serge.core.status;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.serge.core.account.Account;
import org.serge.core.text.HtmlEscape;

/**
 * Turns a member's plain text into the HTML Mastodon sends: paragraphs and line breaks, links, mentions as
 * h-cards and hashtags as tag links. Everything else is escaped.
 */
public final class TextFormatter {

    /** @user or @user@host, not preceded by a word character (so e-mail addresses stay text). */
    public static final Pattern MENTION = Pattern.compile(
            "(?<![\\w@/])@([a-zA-Z0-9_](?:[a-zA-Z0-9_.-]*[a-zA-Z0-9_])?)(?:@([a-zA-Z0-9.-]+(?::\\d{1,5})?))?");
    public static final Pattern HASHTAG = Pattern.compile("(?<![\\w#/&])#([\\p{L}\\p{N}_]*[\\p{L}_][\\p{L}\\p{N}_]*)");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+[^\\s<>\".,;:!?)\\]']");
    private static final Pattern TOKEN = Pattern.compile(URL.pattern() + "|" + MENTION.pattern() + "|" + HASHTAG.pattern());

    private final String baseUrl;

    public TextFormatter(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /**
     * Formats text; {@code mentions} maps each lower-cased "user" or "user@host" written in the text to the
     * account it resolved to (unresolved mentions stay plain text).
     */
    public String format(String text, Map<String, Account> mentions, Map<String, String> profileUrls) {
        StringBuilder html = new StringBuilder();
        String[] paragraphs = text.strip().replace("\r\n", "\n").split("\n{2,}");
        for (String paragraph : paragraphs) {
            html.append("<p>");
            String[] lines = paragraph.split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                formatLine(lines[i], mentions, profileUrls, html);
            }
            html.append("</p>");
        }
        return html.toString();
    }

    private void formatLine(String line, Map<String, Account> mentions, Map<String, String> profileUrls,
                            StringBuilder html) {
        Matcher m = TOKEN.matcher(line);
        int last = 0;
        while (m.find()) {
            html.append(escape(line.substring(last, m.start())));
            String token = m.group();
            if (token.startsWith("@")) {
                String key = mentionKey(token);
                Account account = mentions.get(key);
                if (account != null) {
                    html.append("<span class=\"h-card\" translate=\"no\"><a href=\"")
                            .append(escape(profileUrls.get(key))).append("\" class=\"u-url mention\">@<span>")
                            .append(escape(account.username())).append("</span></a></span>");
                } else {
                    html.append(escape(token));
                }
            } else if (token.startsWith("#")) {
                String tag = token.substring(1);
                html.append("<a href=\"").append(escape(baseUrl + "/tags/" + tag.toLowerCase(Locale.ROOT)))
                        .append("\" class=\"mention hashtag\" rel=\"tag\">#<span>").append(escape(tag))
                        .append("</span></a>");
            } else {
                html.append("<a href=\"").append(escape(token))
                        .append("\" rel=\"nofollow noopener noreferrer\" target=\"_blank\">")
                        .append(escape(token)).append("</a>");
            }
            last = m.end();
        }
        html.append(escape(line.substring(last)));
    }

    /** The lower-cased "user" or "user@host" of a written mention. */
    public static String mentionKey(String written) {
        return written.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The mentions written in a text, as their keys. */
    public static List<String> mentionKeys(String text) {
        return MENTION.matcher(text).results().map(r -> mentionKey(r.group())).distinct().toList();
    }

    /** The hashtags written in a text, lower-cased, without '#'. */
    public static List<String> hashtags(String text) {
        return HASHTAG.matcher(text).results().map(r -> r.group(1).toLowerCase(Locale.ROOT)).distinct().toList();
    }

    private static String escape(String text) {
        return HtmlEscape.escape(text);
    }
}
