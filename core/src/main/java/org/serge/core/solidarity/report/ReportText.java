package org.serge.core.solidarity.report;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.serge.core.solidarity.vocab.Countries;
import org.serge.core.text.HtmlEscape;

/**
 * The readable text of a report's status, for timelines and Mastodon clients: the title, the summary, a key facts
 * line ("Strike · Employer · Country · 300 participants · ongoing") and hashtags for employer, sector and country
 * (letters and digits only, so any name makes a safe tag).
 *
 * @param html      the status content (escaped text in paragraphs, hashtags as tag links)
 * @param plain     the same as plain text (the status source text)
 * @param hashtags  lower-cased, without '#', for status_tags
 */
public record ReportText(String html, String plain, List<String> hashtags) {

    public static ReportText of(StruggleReport r, String tagBaseUrl) {
        List<String> facts = new ArrayList<>();
        facts.add(r.actionType().label());
        if (r.employer() != null) {
            facts.add(r.employer().legalName());
        }
        facts.add(Countries.name(r.country()));
        if (r.participants() != null) {
            facts.add(r.participants() + (r.participants() == 1 ? " participant" : " participants"));
        }
        facts.add(r.status().wireName() + (r.outcome() == null ? "" : ", " + r.outcome().wireName()));
        String factLine = String.join(" · ", facts);

        Set<String> tags = new LinkedHashSet<>();
        if (r.employer() != null) {
            tags.add(tag(r.employer().legalName()));
        }
        if (r.sector() != null) {
            tags.add(tag(r.sector().label()));
        }
        tags.add(tag(Countries.name(r.country())));
        tags.remove("");
        List<String> tagList = List.copyOf(tags);

        StringBuilder html = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        html.append("<p><strong>").append(HtmlEscape.escape(r.title())).append("</strong></p>");
        plain.append(r.title()).append("\n\n");
        if (!r.summary().isEmpty()) {
            html.append("<p>").append(HtmlEscape.escape(r.summary())).append("</p>");
            plain.append(r.summary()).append("\n\n");
        }
        html.append("<p>").append(HtmlEscape.escape(factLine)).append("</p>");
        plain.append(factLine);
        if (!tagList.isEmpty()) {
            html.append("<p>");
            plain.append("\n\n");
            for (int i = 0; i < tagList.size(); i++) {
                String t = tagList.get(i);
                html.append(i == 0 ? "" : " ").append("<a href=\"").append(HtmlEscape.escape(tagBaseUrl + t.toLowerCase(Locale.ROOT)))
                        .append("\" class=\"mention hashtag\" rel=\"tag\">#<span>").append(t).append("</span></a>");
                plain.append(i == 0 ? "" : " ").append('#').append(t);
            }
            html.append("</p>");
        }
        return new ReportText(html.toString(), plain.toString(),
                tagList.stream().map(t -> t.toLowerCase(Locale.ROOT)).distinct().toList());
    }

    /** CamelCase of the letters and digits of a name ("Amazon Logistics GmbH" gives AmazonLogisticsGmbH). */
    static String tag(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder();
        boolean upperNext = true;
        for (int i = 0; i < decomposed.length(); ) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(upperNext ? Character.toUpperCase(cp) : cp);
                upperNext = false;
            } else {
                upperNext = true;
            }
        }
        boolean hasLetter = out.codePoints().anyMatch(Character::isLetter);
        return hasLetter && out.length() <= 60 ? out.toString() : "";
    }
}
