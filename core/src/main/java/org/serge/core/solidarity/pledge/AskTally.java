package org.serge.core.solidarity.pledge;

import java.math.BigDecimal;
import java.util.Map;

/** Pledges to one ask: how many, how many people (attend asks) and how much money per currency. */
public record AskTally(int ask, int pledges, int people, Map<String, BigDecimal> money) {

    public AskTally {
        money = Map.copyOf(money);
    }
}
