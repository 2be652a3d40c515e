package org.serge.federation.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PostOutcomeTest {

    @Test
    void classifiesAsMastodonDoes() {
        for (int status : new int[]{400, 403, 404, 410, 422, 501}) {
            assertTrue(new PostOutcome(status, null).isPermanentFailure(), String.valueOf(status));
        }
        for (int status : new int[]{401, 408, 429, 500, 502, 503, 504, 301}) {
            assertFalse(new PostOutcome(status, null).isPermanentFailure(), String.valueOf(status));
            assertFalse(new PostOutcome(status, null).isSuccess(), String.valueOf(status));
        }
        assertTrue(new PostOutcome(202, null).isSuccess());
    }

    @Test
    void retryAfterInSecondsOrAsADate() {
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);
        assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", clock));
        assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Sun, 01 Mar 2026 12:01:30 GMT", clock));
        assertEquals(Duration.ZERO, RetryAfter.parse("Sun, 01 Mar 2026 11:00:00 GMT", clock));
        assertNull(RetryAfter.parse("soon", clock));
        assertNull(RetryAfter.parse(null, clock));
    }

    @Test
    void mastodonBackoffGrowsAsTheFourthPower() {
        Backoff backoff = Backoff.mastodon();
        Duration first = backoff.delay(1);
        assertTrue(first.toSeconds() >= 15 && first.toSeconds() <= 24, first.toString());
        Duration sixteenth = backoff.delay(16);
        assertTrue(sixteenth.toSeconds() >= 50625 + 15 && sixteenth.toSeconds() <= 50625 + 15 + 9 * 16);
    }
}
