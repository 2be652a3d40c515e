package org.serge.core.solidarity.call;

import java.util.ArrayList;
import java.util.List;
import org.serge.core.text.HtmlEscape;

/** The readable text of a call's Question status: title, description, deadline and condition (plain and HTML). */
record CallText(String html, String plain) {

    static CallText of(String title, String description, List<Ask> asks, java.time.OffsetDateTime deadline,
                       CallCondition condition) {
        List<String> facts = new ArrayList<>();
        facts.add("Deadline " + deadline.toInstant());
        if (condition != null) {
            List<String> parts = new ArrayList<>();
            if (condition.minPledges() != null) {
                parts.add(condition.minPledges() + " pledges");
            }
            if (condition.minNodes() != null) {
                parts.add(condition.minNodes() + " nodes");
            }
            if (condition.minCountries() != null) {
                parts.add(condition.minCountries() + " countries");
            }
            if (condition.minMoney() != null) {
                parts.add(condition.minMoney().toPlainString() + " " + condition.currency());
            }
            facts.add("Goes ahead with at least " + String.join(", ", parts));
        }
        String factLine = String.join(" · ", facts) + " · Vote to pledge";
        StringBuilder html = new StringBuilder("<p><strong>").append(HtmlEscape.escape(title)).append("</strong></p>");
        StringBuilder plain = new StringBuilder(title).append("\n\n");
        if (!description.isEmpty()) {
            html.append("<p>").append(HtmlEscape.escape(description)).append("</p>");
            plain.append(description).append("\n\n");
        }
        html.append("<p>").append(HtmlEscape.escape(factLine)).append("</p>");
        plain.append(factLine);
        return new CallText(html.toString(), plain.toString());
    }
}
