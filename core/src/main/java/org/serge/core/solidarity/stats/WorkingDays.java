package org.serge.core.solidarity.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Monday to Friday days between two dates, both included (as BLS counts lost workdays). */
public final class WorkingDays {

    private WorkingDays() {
    }

    public static long between(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        long weeks = days / 7;
        long count = weeks * 5;
        LocalDate day = start.plusDays(weeks * 7);
        while (!day.isAfter(end)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                count++;
            }
            day = day.plusDays(1);
        }
        return count;
    }
}
