package org.serge.federation.solidarity;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.serge.core.text.HtmlEscape;

/**
 * What a received {@code Event} (FEP-8a8e; Mobilizon, Gancio) says about its time and place, as a line of text
 * for the status it is stored as, since Mastodon clients show a status' content only: "When: ... Where: ...".
 * Reads {@code startTime}, {@code endTime}, {@code timezone} (IANA; UTC otherwise), {@code location} (a Place:
 * its {@code name} and a PostalAddress or string {@code address}) and {@code ical:status}. Anything missing or
 * malformed is left out; nothing here fails.
 */
public final class ReceivedEvents {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private ReceivedEvents() {
    }

    /** The line as HTML (escaped), or "" when the event gives neither time nor place. */
    public static String html(JsonObject event) {
        List<String> parts = new ArrayList<>();
        String when = when(event);
        if (when != null) {
            parts.add("When: " + when);
        }
        String where = where(event);
        if (where != null) {
            parts.add("Where: " + where);
        }
        if ("CANCELLED".equalsIgnoreCase(text(event.getValue("ical:status")))) {
            parts.add("Cancelled");
        }
        return parts.isEmpty() ? "" : "<p>" + HtmlEscape.escape(String.join(" · ", parts)) + "</p>";
    }

    static String when(JsonObject event) {
        OffsetDateTime start = time(event.getValue("startTime"));
        if (start == null) {
            return null;
        }
        ZoneId zone = zone(event.getValue("timezone"));
        OffsetDateTime end = time(event.getValue("endTime"));
        StringBuilder out = new StringBuilder(DAY_TIME.format(start.atZoneSameInstant(zone)));
        if (end != null && end.isAfter(start)) {
            boolean sameDay = end.atZoneSameInstant(zone).toLocalDate().equals(start.atZoneSameInstant(zone).toLocalDate());
            out.append(" to ").append((sameDay ? TIME : DAY_TIME).format(end.atZoneSameInstant(zone)));
        }
        return out.append(" (").append(zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId()).append(')').toString();
    }

    static String where(JsonObject event) {
        if (!(event.getValue("location") instanceof JsonObject place)) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        String name = text(place.getValue("name"));
        if (name != null) {
            parts.add(name);
        }
        Object address = place.getValue("address");
        if (address instanceof JsonObject postal) {
            for (String field : new String[]{"streetAddress", "postalCode", "addressLocality", "addressCountry"}) {
                String value = text(postal.getValue(field));
                if (value != null && !parts.contains(value)) {
                    parts.add(value);
                }
            }
        } else if (text(address) != null && !parts.contains(text(address))) {
            parts.add(text(address));
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static OffsetDateTime time(Object value) {
        try {
            return value instanceof String s ? OffsetDateTime.parse(s) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static ZoneId zone(Object value) {
        try {
            return value instanceof String s && ZoneId.getAvailableZoneIds().contains(s) ? ZoneId.of(s) : ZoneOffset.UTC;
        } catch (RuntimeException e) {
            return ZoneOffset.UTC;
        }
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() && s.length() <= 500 ? s.strip() : null;
    }
}
