package org.serge.federation.signature;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The value of a draft-cavage-12 {@code Signature} header (or of {@code Authorization} after "Signature "), e.g.
 * {@code keyId="https://a.example/actor#main-key",algorithm="rsa-sha256",headers="(request-target) host date",
 * signature="..."}. {@code algorithm}, {@code created} and {@code expires} may be null; {@code headers} defaults to
 * {@code date}; created and expires keep their text because the (created) and (expires) lines sign it as sent.
 */
public record CavageSignatureHeader(String keyId, String algorithm, List<String> headers, String signature,
                                    String created, String expires) {

    public CavageSignatureHeader {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
        headers = headers == null ? List.of("date") : List.copyOf(headers);
    }

    public static CavageSignatureHeader parse(String value) {
        Map<String, String> params = parseParams(value);
        String keyId = params.get("keyid");
        String signature = params.get("signature");
        if (keyId == null || keyId.isEmpty() || signature == null || signature.isEmpty()) {
            throw new MalformedSignatureException("keyId and signature are required");
        }
        String headerList = params.get("headers");
        List<String> headers = headerList == null ? null
                : Arrays.stream(headerList.strip().toLowerCase(Locale.ROOT).split("\\s+")).toList();
        if (headers != null && headers.get(0).isEmpty()) {
            throw new MalformedSignatureException("empty headers parameter");
        }
        CavageSignatureHeader header = new CavageSignatureHeader(keyId, params.get("algorithm"), headers, signature,
                params.get("created"), params.get("expires"));
        header.signatureBytes();
        header.createdInstant();
        header.expiresInstant();
        return header;
    }

    public byte[] signatureBytes() {
        try {
            return Base64.getDecoder().decode(signature);
        } catch (IllegalArgumentException e) {
            throw new MalformedSignatureException("signature is not base64");
        }
    }

    /** The created parameter as an instant, or null. */
    public Instant createdInstant() {
        return epoch(created);
    }

    public Instant expiresInstant() {
        return epoch(expires);
    }

    public String toHeaderValue() {
        StringBuilder out = new StringBuilder("keyId=\"").append(keyId).append('"');
        if (algorithm != null) {
            out.append(",algorithm=\"").append(algorithm).append('"');
        }
        if (created != null) {
            out.append(",created=").append(created);
        }
        if (expires != null) {
            out.append(",expires=").append(expires);
        }
        out.append(",headers=\"").append(String.join(" ", headers)).append('"');
        return out.append(",signature=\"").append(signature).append('"').toString();
    }

    private static Instant epoch(String seconds) {
        if (seconds == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(seconds);
            return Instant.ofEpochMilli(value.movePointRight(3).longValueExact());
        } catch (ArithmeticException | NumberFormatException e) {
            throw new MalformedSignatureException("created and expires must be Unix times");
        }
    }

    /** Parses {@code name="quoted" , name=token, ...}; names are case-insensitive, duplicates are refused. */
    private static Map<String, String> parseParams(String value) {
        Map<String, String> params = new HashMap<>();
        int pos = 0;
        int length = value.length();
        while (true) {
            while (pos < length && (value.charAt(pos) == ' ' || value.charAt(pos) == '\t')) {
                pos++;
            }
            int nameStart = pos;
            while (pos < length && value.charAt(pos) != '=' && value.charAt(pos) != ',') {
                pos++;
            }
            String name = value.substring(nameStart, pos).strip().toLowerCase(Locale.ROOT);
            if (pos >= length || value.charAt(pos) != '=' || name.isEmpty()) {
                throw malformed();
            }
            pos++;
            StringBuilder paramValue = new StringBuilder();
            if (pos < length && value.charAt(pos) == '"') {
                pos++;
                while (pos < length && value.charAt(pos) != '"') {
                    if (value.charAt(pos) == '\\' && pos + 1 < length) {
                        pos++;
                    }
                    paramValue.append(value.charAt(pos++));
                }
                if (pos >= length) {
                    throw malformed();
                }
                pos++;
            } else {
                while (pos < length && value.charAt(pos) != ',' && value.charAt(pos) != ' ') {
                    paramValue.append(value.charAt(pos++));
                }
            }
            if (params.put(name, paramValue.toString()) != null) {
                throw malformed();
            }
            while (pos < length && (value.charAt(pos) == ' ' || value.charAt(pos) == '\t')) {
                pos++;
            }
            if (pos >= length) {
                return params;
            }
            if (value.charAt(pos) != ',') {
                throw malformed();
            }
            pos++;
        }
    }

    private static MalformedSignatureException malformed() {
        return new MalformedSignatureException("unreadable Signature header");
    }
}
