package org.serge.core.solidarity.pledge;

import java.math.BigDecimal;

/**
 * A commitment to one ask of a call (its index): for a money ask optionally an amount and its currency, for an
 * attend ask optionally a number of people. Other asks take no detail.
 */
public record PledgedAsk(int ask, BigDecimal amount, String currency, Integer people) {

    public static PledgedAsk to(int ask) {
        return new PledgedAsk(ask, null, null, null);
    }

    public static PledgedAsk money(int ask, String amount, String currency) {
        return new PledgedAsk(ask, new BigDecimal(amount), currency, null);
    }

    public static PledgedAsk people(int ask, int people) {
        return new PledgedAsk(ask, null, null, people);
    }
}
