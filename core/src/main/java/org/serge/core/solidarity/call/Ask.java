package org.serge.core.solidarity.call;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.serge.core.solidarity.vocab.AskType;

/**
 * One ask of a call, at {@code index} (its poll option). Fields that do not apply to the type are null or empty.
 * An attend ask has a {@code time} and {@code place}, and optionally an {@code endTime} and an IANA
 * {@code timezone} (for calendars: the action is published as an Event).
 */
public record Ask(int index, AskType type, String label, BigDecimal amount, String currency, String payeeUrl,
                  String target, OffsetDateTime time, String place, List<String> brands, List<String> domains,
                  String text, OffsetDateTime endTime, String timezone) {

    public Ask {
        brands = brands == null ? List.of() : List.copyOf(brands);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
