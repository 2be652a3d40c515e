package org.serge.core.solidarity.figure;

import java.math.BigDecimal;
import org.serge.core.error.ServiceException;
import org.serge.core.id.Snowflake;
import org.serge.core.solidarity.vocab.Currencies;
import org.serge.core.solidarity.vocab.EarningsBasis;
import org.serge.core.solidarity.vocab.FigureKind;
import org.serge.core.solidarity.vocab.PayPeriod;
import org.serge.core.solidarity.vocab.SourceType;
import org.serge.core.solidarity.vocab.Vocabulary;

/** The rules for condition figures; every failure is a 422 that names the figure and the problem. */
public final class FigureValidator {

    public static final int MAX_FIGURES = 50;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal HOURS_IN_WEEK = BigDecimal.valueOf(168);

    private FigureValidator() {
    }

    /** A checked figure with a fresh id, or a {@link ServiceException} 422. */
    public static ConditionFigure check(NewFigure f, long reportId, int position) {
        String at = "figure " + (position + 1) + ": ";
        if (f == null) {
            throw ServiceException.unprocessable(at + "missing");
        }
        FigureKind kind = Vocabulary.parse(FigureKind.class, f.kind(), "figure kind");
        if (f.value() == null) {
            throw ServiceException.unprocessable(at + "value is required");
        }
        if (f.value().signum() < 0) {
            throw ServiceException.unprocessable(at + "value can't be negative");
        }
        if (f.value().precision() - f.value().scale() > 15 || f.value().scale() > 6) {
            throw ServiceException.unprocessable(at + "value is out of range");
        }
        String unit = f.unit() == null || f.unit().isBlank() ? kind.defaultUnit() : f.unit();
        if (!kind.units().contains(unit)) {
            throw ServiceException.unprocessable(at + kind.wireName() + " is measured in " + String.join(" or ", kind.units()));
        }
        if ("percent".equals(unit) && f.value().compareTo(HUNDRED) > 0) {
            throw ServiceException.unprocessable(at + "a percentage can't exceed 100");
        }
        if (kind == FigureKind.WEEKLY_HOURS_WORKED && f.value().compareTo(HOURS_IN_WEEK) > 0) {
            throw ServiceException.unprocessable(at + "a week has 168 hours");
        }
        String currency = null;
        EarningsBasis basis = null;
        PayPeriod period = null;
        if (kind.earnings()) {
            currency = Currencies.check(f.currency(), at + "currency");
            basis = Vocabulary.parseOr(EarningsBasis.class, f.basis(), "earnings basis", null);
            period = Vocabulary.parseOr(PayPeriod.class, f.payPeriod(), "pay period", null);
        } else if (present(f.currency()) || present(f.basis()) || present(f.payPeriod())) {
            throw ServiceException.unprocessable(at + "currency, gross/net and pay period are for earnings only");
        }
        if (f.referenceDate() != null && (f.periodStart() != null || f.periodEnd() != null)) {
            throw ServiceException.unprocessable(at + "give a reference date or a period, not both");
        }
        if ((f.periodStart() == null) != (f.periodEnd() == null)) {
            throw ServiceException.unprocessable(at + "a period needs a start and an end");
        }
        if (f.periodStart() != null && f.periodEnd().isBefore(f.periodStart())) {
            throw ServiceException.unprocessable(at + "the period ends before it starts");
        }
        if (f.sampleSize() != null && f.sampleSize() < 1) {
            throw ServiceException.unprocessable(at + "sample size must be at least 1");
        }
        String population = f.population() == null ? "" : f.population().strip();
        if (population.length() > 500) {
            throw ServiceException.unprocessable(at + "population is over 500 characters");
        }
        SourceType source = Vocabulary.parse(SourceType.class, f.sourceType(), "figure source type");
        return new ConditionFigure(Snowflake.next(), reportId, position, kind, f.value(), unit, currency, basis, period,
                f.referenceDate(), f.periodStart(), f.periodEnd(), population, f.sampleSize(), source);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
