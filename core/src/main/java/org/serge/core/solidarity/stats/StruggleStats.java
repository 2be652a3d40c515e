package org.serge.core.solidarity.stats;

import java.util.Map;

/**
 * Struggles in one group: how many reports, by status, outcome and action type (wire names), participants
 * (summed where known), and days not worked with the number of reports they could be computed for.
 */
public record StruggleStats(String key, String label, int reports, Map<String, Integer> byStatus,
                            Map<String, Integer> byOutcome, Map<String, Integer> byActionType, long participants,
                            long daysNotWorked, int reportsWithDaysNotWorked) {

    public StruggleStats {
        byStatus = Map.copyOf(byStatus);
        byOutcome = Map.copyOf(byOutcome);
        byActionType = Map.copyOf(byActionType);
    }
}
