package org.serge.federation.signature;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/** Requests and clocks for the tests: an inbox POST and an actor GET as Serge sends them. */
final class Requests {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final RequestOrigin ORIGIN = new RequestOrigin("https", "remote.example");
    static final String KEY_ID = "https://serge.example/users/ana#main-key";
    static final byte[] ACTIVITY = "{\"type\":\"Follow\",\"actor\":\"https://serge.example/users/ana\"}"
            .getBytes(StandardCharsets.UTF_8);

    private Requests() {
    }

    static SignableRequest inboxPost() {
        return new SignableRequest("POST", "/users/bob/inbox",
                Map.of("Content-Type", List.of("application/activity+json")), ACTIVITY);
    }

    static SignableRequest actorGet() {
        return new SignableRequest("GET", "/users/bob?page=1",
                Map.of("Accept", List.of("application/activity+json")), null);
    }

    static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
