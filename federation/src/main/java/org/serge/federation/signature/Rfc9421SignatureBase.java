package org.serge.federation.signature;

/** The RFC 9421 signature base: a {@code "component": value} line per covered component, then @signature-params. */
public final class Rfc9421SignatureBase {

    private Rfc9421SignatureBase() {
    }

    /** @param origin the scheme and authority the request was sent to, for @target-uri, @authority and @scheme */
    public static String build(Rfc9421SignatureInput input, SignableRequest request, RequestOrigin origin) {
        StringBuilder out = new StringBuilder();
        for (String component : input.components()) {
            String value = value(component, request, origin);
            if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
                throw new MalformedSignatureException("a covered value spans lines");
            }
            out.append('"').append(component).append("\": ").append(value).append('\n');
        }
        return out.append("\"@signature-params\": ").append(input.signatureParams()).toString();
    }

    private static String value(String component, SignableRequest request, RequestOrigin origin) {
        if (!component.startsWith("@")) {
            String value = request.header(component);
            if (value == null) {
                throw new MalformedSignatureException("a covered header is missing from the request");
            }
            return value;
        }
        return switch (component) {
            case "@method" -> request.method();
            case "@target-uri" -> origin(origin).targetUri(request.target());
            case "@authority" -> origin(origin).authority();
            case "@scheme" -> origin(origin).scheme();
            case "@request-target" -> request.target();
            case "@path" -> request.path().isEmpty() ? "/" : request.path();
            case "@query" -> "?" + (request.query() == null ? "" : request.query());
            default -> throw new MalformedSignatureException("unsupported derived component");
        };
    }

    private static RequestOrigin origin(RequestOrigin origin) {
        if (origin == null) {
            throw new IllegalArgumentException("the request origin is needed for this component");
        }
        return origin;
    }
}
