package org.serge.core.solidarity.stats;

import org.serge.core.solidarity.vocab.Vocabulary;
import org.serge.core.solidarity.vocab.WireNamed;

/**
 * What statistics are grouped by: the named employer, the ultimate parent of its group, the sector (scheme,
 * version and section letter), the country, or the year or month of the start date.
 */
public enum StatsDimension implements WireNamed {
    EMPLOYER, PARENT_EMPLOYER, SECTOR, COUNTRY, YEAR, MONTH;

    public static StatsDimension parse(String wire) {
        return Vocabulary.parse(StatsDimension.class, wire, "statistics dimension");
    }
}
