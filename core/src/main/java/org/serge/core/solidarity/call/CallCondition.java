package org.serge.core.solidarity.call;

import java.math.BigDecimal;

/**
 * At-least tests combined with AND: pledges, distinct nodes, distinct countries, money in {@code currency}. A
 * null part is not tested. Money pledged in other currencies does not count towards {@code minMoney}.
 */
public record CallCondition(Integer minPledges, Integer minNodes, Integer minCountries, BigDecimal minMoney,
                            String currency) {

    public boolean heldBy(int pledges, int nodes, int countries, BigDecimal money) {
        return (minPledges == null || pledges >= minPledges)
                && (minNodes == null || nodes >= minNodes)
                && (minCountries == null || countries >= minCountries)
                && (minMoney == null || (money != null && money.compareTo(minMoney) >= 0));
    }
}
