package org.serge.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SnowflakeTest {

    @Test
    void idsAreUniqueIncreasingAndCarryTheirTime() {
        long before = System.currentTimeMillis();
        Set<Long> seen = new HashSet<>();
        long last = 0;
        for (int i = 0; i < 100_000; i++) {
            long id = Snowflake.next();
            assertTrue(id > last);
            last = id;
            seen.add(id);
        }
        assertEquals(100_000, seen.size());
        long millis = Snowflake.next() >>> 16;
        assertTrue(millis >= before && millis <= System.currentTimeMillis() + 5_000);
    }
}
