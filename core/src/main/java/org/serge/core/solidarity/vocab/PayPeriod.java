package org.serge.core.solidarity.vocab;

/** The period a pay figure is stated for or paid by. */
public enum PayPeriod implements WireNamed {
    HOUR, DAY, WEEK, FORTNIGHT, MONTH, YEAR;

    public static PayPeriod parse(String wire) {
        return Vocabulary.parse(PayPeriod.class, wire, "pay period");
    }
}
