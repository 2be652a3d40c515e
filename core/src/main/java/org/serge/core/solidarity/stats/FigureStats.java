package org.serge.core.solidarity.stats;

import java.math.BigDecimal;

/**
 * Condition figures of one kind in one group, never mixed across units, currencies or gross/net: how many, their
 * median, and for injury counts (unit "cases") their sum (null otherwise). {@code currency} and {@code basis}
 * are null where they do not apply or were not said.
 */
public record FigureStats(String key, String label, String kind, String ilostatIndicator, String unit,
                          String currency, String basis, int figures, BigDecimal median, BigDecimal sum) {
}
