package org.serge.core.solidarity.vocab;

/** Earnings before (gross) or after (net) tax and employee contributions. */
public enum EarningsBasis implements WireNamed {
    GROSS, NET;

    public static EarningsBasis parse(String wire) {
        return Vocabulary.parse(EarningsBasis.class, wire, "earnings basis");
    }
}
