package org.serge.web.api.entity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as Mastodon writes them: RFC 3339 in UTC with milliseconds and Z, and plain dates. */
public final class ApiTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private ApiTimes() {
    }

    /** 2024-01-01T12:00:00.000Z, or null. */
    public static String time(OffsetDateTime time) {
        return time == null ? null : TIME.format(time);
    }

    /** 2024-01-01, or null (Account.last_status_at). */
    public static String date(OffsetDateTime time) {
        return time == null ? null : DATE.format(time);
    }
}
