package org.serge.web.api.statuses;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.serge.core.error.ServiceException;

/** The scheduled_at parameter: an RFC 3339 time; null when absent or blank, 422 when malformed. */
final class ScheduledAt {

    private ScheduledAt() {
    }

    static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ServiceException.unprocessable("scheduled_at must be an RFC 3339 time");
        }
    }
}
