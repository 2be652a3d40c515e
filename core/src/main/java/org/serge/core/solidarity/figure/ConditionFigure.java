package org.serge.core.solidarity.figure;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.serge.core.solidarity.vocab.EarningsBasis;
import org.serge.core.solidarity.vocab.FigureKind;
import org.serge.core.solidarity.vocab.PayPeriod;
import org.serge.core.solidarity.vocab.SourceType;

/**
 * A figure on the conditions of labour, attached to a struggle report. {@code currency}, {@code basis} and
 * {@code payPeriod} are set only for earnings; the value keeps its original currency.
 */
public record ConditionFigure(long id, long reportId, int position, FigureKind kind, BigDecimal value, String unit,
                              String currency, EarningsBasis basis, PayPeriod payPeriod, LocalDate referenceDate,
                              LocalDate periodStart, LocalDate periodEnd, String population, Integer sampleSize,
                              SourceType sourceType) {

    /** The ILOSTAT indicator this figure maps to, or null. */
    public String ilostatIndicator() {
        return kind.ilostatIndicator(unit);
    }
}
