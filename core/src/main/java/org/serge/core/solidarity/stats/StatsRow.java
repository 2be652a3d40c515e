package org.serge.core.solidarity.stats;

import java.time.LocalDate;
import org.serge.core.solidarity.vocab.ActionType;
import org.serge.core.solidarity.vocab.Outcome;
import org.serge.core.solidarity.vocab.Sector;
import org.serge.core.solidarity.vocab.StruggleStatus;

/** What statistics need of one report; {@code node} is null for this node's own reports. */
record StatsRow(long reportId, Long employerId, String employerName, Long rootId, String rootName, Sector sector,
                String country, LocalDate startDate, LocalDate endDate, Integer participants, StruggleStatus status,
                Outcome outcome, ActionType actionType, String node) {
}
