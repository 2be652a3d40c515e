package org.serge.core.solidarity.figure;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A condition figure as submitted (vocabulary words as wire strings, checked by the service). {@code unit} may be
 * null for the kind's default unit. Either a reference date or a period (start and end) may be given.
 */
public record NewFigure(String kind, BigDecimal value, String unit, String currency, String basis, String payPeriod,
                        LocalDate referenceDate, LocalDate periodStart, LocalDate periodEnd, String population,
                        Integer sampleSize, String sourceType) {

    /** The common case: a value of a kind from a source, with a currency for earnings (null otherwise). */
    public static NewFigure of(String kind, String value, String currency, String sourceType) {
        return new NewFigure(kind, new BigDecimal(value), null, currency, null, null, null, null, null, null, null,
                sourceType);
    }
}
