package org.serge.core.solidarity.vocab;

import java.util.List;

/**
 * What a condition figure measures, with its allowed units (the first is the default) and the ILOSTAT indicator
 * it maps to where one fits (solidarity-domain.md, table b). Injury counts map to the {@code _NB} series, rates
 * per 100,000 workers to the {@code _RT} series; contract-type shares have no single ILOSTAT series.
 */
public enum FigureKind implements WireNamed {
    MONTHLY_EARNINGS(true, List.of("currency-per-month"), "EAR_4MTH_SEX_ECO_CUR_NB", null),
    HOURLY_EARNINGS(true, List.of("currency-per-hour"), "EAR_4HRL_SEX_ECO_CUR_NB", null),
    WEEKLY_HOURS_WORKED(false, List.of("hours-per-week"), "HOW_TEMP_SEX_ECO_NB", null),
    FATAL_INJURIES(false, List.of("cases", "per-100000-workers"), "INJ_FATL_SEX_MIG_NB", "INJ_FATL_SEX_MIG_RT"),
    NON_FATAL_INJURIES(false, List.of("cases", "per-100000-workers"), "INJ_NFTL_SEX_MIG_NB", "INJ_NFTL_SEX_MIG_RT"),
    INFORMAL_EMPLOYMENT(false, List.of("percent"), "EMP_NIFL_SEX_RT", null),
    TEMPORARY_EMPLOYEES(false, List.of("percent"), "EES_XTMP_SEX_RT", null),
    CONTRACT_TYPE_SHARE(false, List.of("percent"), null, null);

    private final boolean earnings;
    private final List<String> units;
    private final String indicator;
    private final String rateIndicator;

    FigureKind(boolean earnings, List<String> units, String indicator, String rateIndicator) {
        this.earnings = earnings;
        this.units = units;
        this.indicator = indicator;
        this.rateIndicator = rateIndicator;
    }

    /** Earnings carry a currency and may say gross or net and a pay period; other kinds must not. */
    public boolean earnings() {
        return earnings;
    }

    public boolean injuries() {
        return this == FATAL_INJURIES || this == NON_FATAL_INJURIES;
    }

    public List<String> units() {
        return units;
    }

    public String defaultUnit() {
        return units.get(0);
    }

    /** The ILOSTAT indicator for a figure of this kind in this unit, or null where none fits. */
    public String ilostatIndicator(String unit) {
        return "per-100000-workers".equals(unit) && rateIndicator != null ? rateIndicator : indicator;
    }

    public static FigureKind parse(String wire) {
        return Vocabulary.parse(FigureKind.class, wire, "figure kind");
    }
}
