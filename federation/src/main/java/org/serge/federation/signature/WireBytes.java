package org.serge.federation.signature;

import java.nio.charset.StandardCharsets;

/** The bytes of a signature base. */
final class WireBytes {

    private WireBytes() {
    }

    /**
     * Netty (under Vert.x) turns each header byte into one char and back, i.e. ISO-8859-1; encoding the same way
     * gives back the bytes the peer signed, even for the odd non-ASCII header value.
     */
    static byte[] of(String signatureBase) {
        return signatureBase.getBytes(StandardCharsets.ISO_8859_1);
    }
}
