package org.serge.federation.signature;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An HTTP request as far as signatures care: the method, the request target as sent on the request line (path plus
 * optional query, e.g. Vert.x's {@code HttpServerRequest.uri()}), the header fields with case-insensitive names,
 * and the body (null when there is none). Immutable: the headers and the body are copied in.
 */
public record SignableRequest(String method, String target, Map<String, List<String>> headers, byte[] body) {

    public SignableRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        if (!target.startsWith("/")) {
            throw new IllegalArgumentException("the request target must start with /");
        }
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> {
                List<String> merged = new ArrayList<>(copy.getOrDefault(name, List.of()));
                merged.addAll(values);
                copy.put(name, List.copyOf(merged));
            });
        }
        headers = Collections.unmodifiableMap(copy);
        body = body == null ? null : body.clone();
    }

    /** A request without body to the path and query of {@code uri}. */
    public static SignableRequest of(String method, URI uri, Map<String, List<String>> headers) {
        return of(method, uri, headers, null);
    }

    public static SignableRequest of(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String target = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new SignableRequest(method, target, headers, body);
    }

    @Override
    public byte[] body() {
        return body == null ? null : body.clone();
    }

    /** The body for hashing: no copy, never null. */
    byte[] bodyOrEmpty() {
        return body == null ? new byte[0] : body;
    }

    public boolean hasBody() {
        return body != null;
    }

    public List<String> headerValues(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** The field's values trimmed and joined with ", " (RFC 9110 5.3), or null when the header is absent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() == 1) {
            return values.get(0).strip();
        }
        return String.join(", ", values.stream().map(String::strip).toList());
    }

    /** A copy with the header set to this single value, replacing any previous value. */
    public SignableRequest withHeader(String name, String value) {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(headers);
        copy.put(name, List.of(value));
        return new SignableRequest(method, target, copy, body);
    }

    public String path() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** The query without its '?', or null when the target has none. */
    public String query() {
        int q = target.indexOf('?');
        return q < 0 ? null : target.substring(q + 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignableRequest that && method.equals(that.method) && target.equals(that.target)
                && headers.equals(that.headers) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, target, headers, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return method + " " + target + " " + headers.keySet() + (body == null ? "" : " (" + body.length + " bytes)");
    }
}
