package org.serge.core.solidarity.call;

import java.math.BigDecimal;

/** A call's condition as submitted: each part optional, at least one given; money needs its currency. */
public record NewCondition(Integer minPledges, Integer minNodes, Integer minCountries, BigDecimal minMoney,
                           String currency) {

    public static NewCondition pledges(int n) {
        return new NewCondition(n, null, null, null, null);
    }
}
