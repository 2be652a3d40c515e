package org.serge.federation.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignableRequestTest {

    @Test
    void headersAreCaseInsensitiveAndMerged() {
        SignableRequest request = new SignableRequest("GET", "/a?b=c",
                Map.of("Accept", List.of("text/html"), "ACCEPT", List.of("application/json")), null);
        assertEquals(2, request.headerValues("accept").size());
        assertEquals(2, request.header("aCcEpT").split(", ").length);
        assertNull(request.header("digest"));
        assertEquals("/a", request.path());
        assertEquals("b=c", request.query());
    }

    @Test
    void isImmutable() {
        byte[] body = {1, 2};
        SignableRequest request = new SignableRequest("POST", "/", Map.of(), body);
        body[0] = 9;
        assertEquals(1, request.body()[0]);
        request.body()[0] = 9;
        assertEquals(1, request.body()[0]);
        assertNotSame(request.body(), request.body());
        assertThrows(UnsupportedOperationException.class, () -> request.headers().put("x", List.of()));
        SignableRequest other = request.withHeader("X", "1");
        assertNull(request.header("x"));
        assertEquals("1", other.header("x"));
        assertEquals(request, new SignableRequest("POST", "/", Map.of(), new byte[] {1, 2}));
    }

    @Test
    void targetComesFromTheUri() {
        assertEquals("/", SignableRequest.of("GET", URI.create("https://a.example"), Map.of()).target());
        assertEquals("/p%20q?x=%2F", SignableRequest.of("GET", URI.create("https://a.example/p%20q?x=%2F"), Map.of())
                .target());
        assertThrows(IllegalArgumentException.class, () -> new SignableRequest("GET", "http://a/", Map.of(), null));
    }

    @Test
    void originIsNormalised() {
        assertEquals(new RequestOrigin("https", "a.example"), RequestOrigin.of(URI.create("HTTPS://A.example:443/x")));
        assertEquals("http://a.example:8080/x?y",
                RequestOrigin.of(URI.create("http://user@a.example:8080/")).targetUri("/x?y"));
        assertEquals("a.example", new RequestOrigin("http", "a.example:80").authority());
    }
}
