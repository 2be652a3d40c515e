package org.serge.federation.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Helpers for ids in raw JSON, where a value may be a string, an object, a Link or an array of those. */
public final class AsIds {

    public static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    private AsIds() {
    }

    /** The compacted forms servers send ("as:Public", "Public") count as the public collection too. */
    public static boolean isPublic(String uri) {
        return PUBLIC.equals(uri) || "as:Public".equals(uri) || "Public".equals(uri);
    }

    public static boolean isAddressedToPublic(Collection<String> recipients) {
        return recipients.stream().anyMatch(AsIds::isPublic);
    }

    /** Public addressing in any of to, cc or audience of a raw document. */
    public static boolean isAddressedToPublic(JsonNode document) {
        return uris(document.path("to")).stream().anyMatch(AsIds::isPublic)
                || uris(document.path("cc")).stream().anyMatch(AsIds::isPublic)
                || uris(document.path("audience")).stream().anyMatch(AsIds::isPublic);
    }

    /**
     * The id of a value that may be a string, an object with an id, a Link (its href) or an array (its first
     * element with an id).
     */
    public static Optional<String> idOf(JsonNode value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isTextual()) {
            String text = value.textValue().strip();
            return text.isEmpty() ? Optional.empty() : Optional.of(text);
        }
        if (value.isObject()) {
            Optional<String> id = idOf(value.get("id"));
            return id.isPresent() || !value.has("href") ? id : idOf(value.get("href"));
        }
        if (value.isArray()) {
            for (JsonNode element : value) {
                Optional<String> id = idOf(element);
                if (id.isPresent()) {
                    return id;
                }
            }
        }
        return Optional.empty();
    }

    /** Every id in an addressing value (to, cc...): a string, an object, or an array of either; never null. */
    public static List<String> uris(JsonNode value) {
        List<String> uris = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (JsonNode element : value) {
                if (!element.isArray()) {
                    idOf(element).ifPresent(uris::add);
                }
            }
        } else {
            idOf(value).ifPresent(uris::add);
        }
        return uris;
    }
}
