package org.serge.federation.proof;

import org.serge.federation.net.Origin;
import org.serge.federation.net.Origins;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The origin rule of FEP-fe34: a proof only authenticates a document when its key lives on the same origin
 * (scheme, host, port) as the document's {@code id} and its owner ({@code actor}, {@code attributedTo}).
 */
public final class ProofOrigin {

    private static final List<String> OWNED_BY = List.of("id", "actor", "attributedTo");

    private ProofOrigin() {
    }

    /**
     * @throws ProofKeyMismatchException unless every id found in the document's {@code id}, {@code actor} and
     *     {@code attributedTo} (a string, an object with an id, or an array of these) has the key's origin
     */
    public static void requireSameOrigin(JsonObject document, String verificationMethod) {
        Origin keyOrigin = origin(verificationMethod);
        if (keyOrigin == null) {
            throw new ProofKeyMismatchException("verification method has no http(s) origin");
        }
        List<String> owners = new ArrayList<>();
        for (String member : OWNED_BY) {
            collectIds(document.getValue(member), owners);
        }
        if (owners.isEmpty()) {
            throw new ProofKeyMismatchException("document has no id or owner");
        }
        for (String owner : owners) {
            if (!keyOrigin.equals(origin(owner))) {
                throw new ProofKeyMismatchException("key and document are on different origins");
            }
        }
    }

    /** Whether both are http(s) URIs with the same scheme, host (ignoring case) and port (default ports filled). */
    public static boolean sameOrigin(String uri, String other) {
        return Origins.sameOrigin(uri, other);
    }

    private static void collectIds(Object value, List<String> ids) {
        if (value == null) {
            return;
        }
        if (value instanceof String id) {
            ids.add(id);
        } else if (value instanceof JsonObject object) {
            // an embedded owner without an id cannot be placed: count it as a foreign origin
            ids.add(object.getValue("id") instanceof String id ? id : "");
        } else if (value instanceof JsonArray array) {
            for (Object element : array) {
                collectIds(element == null ? "" : element, ids);
            }
        } else {
            ids.add("");
        }
    }

    private static Origin origin(String uri) {
        return uri == null ? null : Origins.tryParse(uri).orElse(null);
    }
}
