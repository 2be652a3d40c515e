package org.serge.federation.vocab;

import static org.serge.federation.vocab.JsonValues.decimal;
import static org.serge.federation.vocab.JsonValues.elements;
import static org.serge.federation.vocab.JsonValues.integer;
import static org.serge.federation.vocab.JsonValues.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Reads the small values inside entities: links, tags, attachments, poll options, places, keys. */
final class ValueReader {

    private final VocabularyLimits limits;

    ValueReader(VocabularyLimits limits) {
        this.limits = limits;
    }

    /** Recipients as ids, with every public form normalised to {@link AsIds#PUBLIC}. */
    List<String> recipients(JsonNode node, String property) {
        List<String> recipients = new ArrayList<>();
        for (JsonNode element : elements(node, limits.maxRecipients(), property)) {
            AsIds.idOf(element).map(id -> AsIds.isPublic(id) ? AsIds.PUBLIC : id).ifPresent(recipients::add);
        }
        return recipients;
    }

    List<String> ids(JsonNode node, String property) {
        List<String> ids = new ArrayList<>();
        for (JsonNode element : elements(node, limits.maxOtherArray(), property)) {
            AsIds.idOf(element).ifPresent(ids::add);
        }
        return ids;
    }

    String id(JsonNode node) {
        return AsIds.idOf(node).orElse(null);
    }

    /**
     * url as a string, a Link (href), an Image-like object whose url is itself any of these, or an array.
     * Funkwhale says mimeType where others say mediaType.
     */
    List<Link> links(JsonNode node, String property) {
        List<Link> links = new ArrayList<>();
        for (JsonNode element : elements(node, limits.maxOtherArray(), property)) {
            if (element.isTextual()) {
                links.add(new Link(element.textValue(), null));
            } else if (element.isObject()) {
                String mediaType = text(element.has("mediaType") ? element.get("mediaType") : element.get("mimeType"));
                if (element.hasNonNull("href")) {
                    links.add(new Link(text(element.get("href")), mediaType));
                } else if (element.hasNonNull("url")) {
                    links(element.get("url"), property).stream()
                            .map(l -> new Link(l.href(), l.mediaType() != null ? l.mediaType() : mediaType))
                            .forEach(links::add);
                }
            }
        }
        links.removeIf(link -> link.href() == null || link.href().isBlank());
        return links;
    }

    /** An icon or image: the first usable one when an array is given. */
    Link image(JsonNode node, String property) {
        List<Link> links = links(node, property);
        return links.isEmpty() ? null : links.get(0);
    }

    List<Tag> tags(JsonNode node) {
        List<Tag> tags = new ArrayList<>();
        for (JsonNode element : elements(node, limits.maxTags(), "tag")) {
            if (element.isObject()) {
                String type = element.hasNonNull("type") ? AsTypes.withoutPrefix(element.get("type").asText()) : null;
                tags.add(new Tag(type, text(element.get("id")), text(element.get("name")), text(element.get("href")),
                        text(element.get("mediaType")), firstHref(element.get("icon"))));
            }
        }
        return tags;
    }

    List<Attachment> attachments(JsonNode node) {
        List<Attachment> attachments = new ArrayList<>();
        for (JsonNode element : elements(node, limits.maxAttachments(), "attachment")) {
            if (element.isTextual()) {
                attachments.add(new Attachment(null, null, element.textValue(), null, null, null, null, null));
            } else if (element.isObject()) {
                attachments.add(new Attachment(
                        text(element.get("type")),
                        text(element.has("mediaType") ? element.get("mediaType") : element.get("mimeType")),
                        firstHref(element.hasNonNull("url") ? element.get("url") : element.get("href")),
                        text(element.get("name")),
                        text(element.get("value")),
                        text(element.get("blurhash")),
                        integer(element.get("width")),
                        integer(element.get("height"))));
            }
        }
        return attachments;
    }

    List<PollOption> pollOptions(JsonNode node, String property) {
        List<PollOption> options = new ArrayList<>();
        for (JsonNode element : elements(node, limits.maxPollOptions(), property)) {
            if (element.isObject()) {
                options.add(new PollOption(text(element.get("name")), integer(element.path("replies").get("totalItems"))));
            }
        }
        return options;
    }

    Place place(JsonNode node) {
        List<JsonNode> elements = elements(node, limits.maxOtherArray(), "location");
        if (elements.isEmpty()) {
            return null;
        }
        JsonNode first = elements.get(0);
        if (first.isTextual()) {
            return new Place(null, first.textValue(), null, null, null);
        }
        if (!first.isObject()) {
            return null;
        }
        return new Place(text(first.get("id")), text(first.get("name")), address(first.get("address")),
                decimal(first.get("latitude")), decimal(first.get("longitude")));
    }

    List<PublicKey> publicKeys(JsonNode node) {
        List<PublicKey> keys = new ArrayList<>();
        for (JsonNode element : elements(node, limits.maxOtherArray(), "publicKey")) {
            if (element.isTextual()) {
                keys.add(new PublicKey(element.textValue(), null, null));
            } else if (element.isObject()) {
                keys.add(new PublicKey(text(element.get("id")), id(element.get("owner")),
                        text(element.get("publicKeyPem"))));
            }
        }
        return keys;
    }

    List<VerificationMethod> verificationMethods(JsonNode node) {
        List<VerificationMethod> methods = new ArrayList<>();
        for (JsonNode element : elements(node, limits.maxOtherArray(), "assertionMethod")) {
            if (element.isTextual()) {
                methods.add(new VerificationMethod(element.textValue(), null, null, null));
            } else if (element.isObject()) {
                methods.add(new VerificationMethod(text(element.get("id")), text(element.get("type")),
                        id(element.get("controller")), text(element.get("publicKeyMultibase"))));
            }
        }
        return methods;
    }

    /** contentMap: language tag to HTML; entries that are not strings are skipped. */
    Map<String, String> languageMap(JsonNode node, String property) {
        if (node == null || !node.isObject()) {
            return Map.of();
        }
        if (node.size() > limits.maxOtherArray()) {
            throw new PayloadLimitException(
                    "\"" + property + "\" has " + node.size() + " entries, the limit is " + limits.maxOtherArray());
        }
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                map.put(e.getKey(), e.getValue().textValue());
            }
        });
        return map;
    }

    private String firstHref(JsonNode node) {
        List<Link> links = links(node, "url");
        return links.isEmpty() ? null : links.get(0).href();
    }

    private static String address(JsonNode node) {
        if (node == null || node.isTextual()) {
            return text(node);
        }
        if (!node.isObject()) {
            return null;
        }
        String line = Stream.of("streetAddress", "postalCode", "addressLocality", "addressRegion", "addressCountry")
                .map(field -> text(node.get(field)))
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        return line.isEmpty() ? null : line;
    }
}
