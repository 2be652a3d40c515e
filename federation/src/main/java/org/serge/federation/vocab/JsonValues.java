package org.serge.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Lenient reads of single JSON values: a value of the wrong shape reads as absent, never as an error. */
final class JsonValues {

    private JsonValues() {
    }

    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    /** A string, or the first string of an array (some servers send ["x"] where "x" is meant). */
    static String firstText(JsonNode node) {
        if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                if (element.isTextual()) {
                    return element.textValue();
                }
            }
            return null;
        }
        return text(node);
    }

    static boolean bool(JsonNode node) {
        return node != null && (node.isBoolean() ? node.booleanValue() : "true".equals(node.asText()));
    }

    static Integer integer(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return node.intValue();
        }
        if (node.isTextual()) {
            try {
                return Integer.valueOf(node.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    static Double decimal(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            try {
                return Double.valueOf(node.textValue().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** An xsd:dateTime; a date-time without an offset is taken as UTC. */
    static Instant instant(JsonNode node) {
        String text = text(node);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException again) {
                return null;
            }
        }
    }

    /**
     * The elements of a value that may be one value or an array; null and missing give none.
     *
     * @throws PayloadLimitException when the array has more than {@code cap} elements
     */
    static List<JsonNode> elements(JsonNode node, int cap, String property) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (!node.isArray()) {
            return List.of(node);
        }
        if (node.size() > cap) {
            throw new PayloadLimitException(
                    "\"" + property + "\" has " + node.size() + " elements, the limit is " + cap);
        }
        List<JsonNode> elements = new ArrayList<>(node.size());
        node.forEach(elements::add);
        return elements;
    }
}
