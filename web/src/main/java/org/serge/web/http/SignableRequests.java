package org.serge.web.http;

import io.vertx.core.http.HttpServerRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.serge.federation.signature.SignableRequest;

/** Adapts a Vert.x request to the signature library's request model. */
public final class SignableRequests {

    private SignableRequests() {
    }

    public static SignableRequest of(HttpServerRequest request, byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.headers().forEach(entry -> headers.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
                .add(entry.getValue()));
        return new SignableRequest(request.method().name(), request.uri(), headers, body);
    }
}
