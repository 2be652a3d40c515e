package org.serge.federation.proof;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import org.erdtman.jcs.JsonCanonicalizer;

/** RFC 8785 JSON Canonicalization Scheme over Vert.x JSON. */
final class Jcs {

    private Jcs() {
    }

    /** The canonical UTF-8 bytes; IllegalArgumentException when the value is not I-JSON (e.g. a huge number). */
    static byte[] canonicalize(JsonObject json) {
        try {
            return new JsonCanonicalizer(json.encode()).getEncodedUTF8();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not canonicalizable JSON", e);
        }
    }
}
