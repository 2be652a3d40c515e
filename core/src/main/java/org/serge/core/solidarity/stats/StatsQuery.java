package org.serge.core.solidarity.stats;

import java.time.LocalDate;

/**
 * Which reports statistics cover and how they are grouped. Filters may be null: {@code employerId} takes the
 * employer and its subsidiaries, {@code country} one country, {@code from}/{@code to} the start date (inclusive;
 * reports without a start date are left out when either is given).
 */
public record StatsQuery(StatsDimension groupBy, Long employerId, String country, LocalDate from, LocalDate to) {

    public static StatsQuery by(StatsDimension groupBy) {
        return new StatsQuery(groupBy, null, null, null, null);
    }
}
