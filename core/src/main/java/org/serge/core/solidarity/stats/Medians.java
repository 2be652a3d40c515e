package org.serge.core.solidarity.stats;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The median of decimal values: the middle one, or the mean of the two middle ones. */
public final class Medians {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Medians() {
    }

    public static BigDecimal of(Collection<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<BigDecimal> sorted = new ArrayList<>(values);
        sorted.sort(BigDecimal::compareTo);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(TWO);
    }
}
