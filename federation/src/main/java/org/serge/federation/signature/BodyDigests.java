package org.serge.federation.signature;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** The Digest (RFC 3230, cavage) and Content-Digest (RFC 9530) headers of a body: SHA-256 and SHA-512. */
final class BodyDigests {

    private BodyDigests() {
    }

    static String digestHeader(byte[] body) {
        return "SHA-256=" + Base64.getEncoder().encodeToString(hash("SHA-256", body));
    }

    static String contentDigestHeader(byte[] body) {
        return "sha-256=:" + Base64.getEncoder().encodeToString(hash("SHA-256", body)) + ":";
    }

    /** Checks a Digest header such as "SHA-256=..., SHA-512=...": every SHA-2 entry must match, one must exist. */
    static void checkDigestHeader(String header, byte[] body) {
        if (header == null) {
            throw new MalformedSignatureException("missing Digest header");
        }
        boolean checked = false;
        for (String entry : header.split(",")) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new MalformedSignatureException("unreadable Digest header");
            }
            String algorithm = jcaName(entry.substring(0, eq).strip());
            if (algorithm != null) {
                compare(algorithm, decode(entry.substring(eq + 1).strip()), body);
                checked = true;
            }
        }
        if (!checked) {
            throw new DigestMismatchException("Digest header has no SHA-256 value");
        }
    }

    /** Checks a Content-Digest header: every sha-256/sha-512 member must match, one must exist. */
    static void checkContentDigestHeader(String header, byte[] body) {
        if (header == null) {
            throw new MalformedSignatureException("missing Content-Digest header");
        }
        Map<String, StructuredFields.Member> members = StructuredFields.parseDictionary(header);
        boolean checked = false;
        for (Map.Entry<String, StructuredFields.Member> member : members.entrySet()) {
            String algorithm = jcaName(member.getKey());
            if (algorithm != null) {
                if (!(member.getValue() instanceof StructuredFields.Item item && item.value() instanceof byte[] expected)) {
                    throw new MalformedSignatureException("unreadable Content-Digest header");
                }
                compare(algorithm, expected, body);
                checked = true;
            }
        }
        if (!checked) {
            throw new DigestMismatchException("Content-Digest header has no sha-256 value");
        }
    }

    private static String jcaName(String label) {
        return switch (label.toLowerCase(Locale.ROOT)) {
            case "sha-256" -> "SHA-256";
            case "sha-512" -> "SHA-512";
            default -> null;
        };
    }

    private static void compare(String algorithm, byte[] expected, byte[] body) {
        if (!MessageDigest.isEqual(expected, hash(algorithm, body))) {
            throw new DigestMismatchException("body does not match its digest");
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new MalformedSignatureException("unreadable Digest header");
        }
    }

    private static byte[] hash(String algorithm, byte[] body) {
        try {
            return MessageDigest.getInstance(algorithm).digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
