package org.serge.core.solidarity.report;

import java.time.LocalDate;

/**
 * A change of a report's status (wire name, required) and optionally its outcome (wire name; null keeps it) and
 * end date (null keeps it), with a note for the history.
 */
public record StatusUpdate(String status, String outcome, LocalDate endDate, String note) {

    public static StatusUpdate to(String status, String note) {
        return new StatusUpdate(status, null, null, note);
    }
}
