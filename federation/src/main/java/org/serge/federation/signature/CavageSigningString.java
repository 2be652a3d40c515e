package org.serge.federation.signature;

import java.util.List;
import java.util.Locale;

/** The draft-cavage-12 signing string: one "name: value" line per signed header, joined by newlines. */
public final class CavageSigningString {

    private CavageSigningString() {
    }

    public static String build(CavageSignatureHeader signature, SignableRequest request) {
        return build(signature.headers(), request, request.target(), signature.created(), signature.expires());
    }

    /**
     * @param requestTarget the target to put in the (request-target) line; the verifier retries without the query
     * @param created       the created parameter as sent, needed only if (created) is signed
     */
    public static String build(List<String> headers, SignableRequest request, String requestTarget, String created,
                               String expires) {
        StringBuilder out = new StringBuilder();
        for (String name : headers) {
            if (out.length() > 0) {
                out.append('\n');
            }
            String lower = name.toLowerCase(Locale.ROOT);
            out.append(lower).append(": ").append(switch (lower) {
                case "(request-target)" -> request.method().toLowerCase(Locale.ROOT) + " " + requestTarget;
                case "(created)" -> required(created, "(created) is signed but created is missing");
                case "(expires)" -> required(expires, "(expires) is signed but expires is missing");
                default -> required(request.header(lower), "a signed header is missing from the request");
            });
        }
        return out.toString();
    }

    private static String required(String value, String message) {
        if (value == null) {
            throw new MalformedSignatureException(message);
        }
        return value;
    }
}
