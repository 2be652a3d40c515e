package org.serge.federation.outgoing;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** RFC 3339 timestamps in UTC to the second, as Mastodon writes published, updated and endTime. */
public final class WireDates {

    private WireDates() {
    }

    public static String format(OffsetDateTime time) {
        return time == null ? null
                : DateTimeFormatter.ISO_INSTANT.format(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
    }
}
