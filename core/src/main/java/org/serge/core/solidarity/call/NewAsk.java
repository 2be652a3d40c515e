package org.serge.core.solidarity.call;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An ask as submitted. {@code label} is the poll option Mastodon users vote for (at most 50 characters). By type:
 * money needs {@code currency} and {@code payeeUrl} ({@code amount}, a suggested or target amount, is optional);
 * message needs {@code target}; attend needs {@code time} and {@code place} (an {@code endTime} after it and an
 * IANA {@code timezone} are optional); boycott needs {@code brands} and/or
 * {@code domains}; sympathy-action and sign take free {@code text}.
 */
public record NewAsk(String type, String label, BigDecimal amount, String currency, String payeeUrl, String target,
                     OffsetDateTime time, String place, List<String> brands, List<String> domains, String text,
                     OffsetDateTime endTime, String timezone) {

    public NewAsk {
        brands = brands == null ? List.of() : List.copyOf(brands);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }

    public static NewAsk money(String label, String amount, String currency, String payeeUrl) {
        return new NewAsk("money", label, amount == null ? null : new BigDecimal(amount), currency, payeeUrl, null, null,
                null, null, null, null, null, null);
    }

    public static NewAsk message(String label, String target) {
        return new NewAsk("message", label, null, null, null, target, null, null, null, null, null, null, null);
    }

    public static NewAsk attend(String label, OffsetDateTime time, String place) {
        return attend(label, time, place, null, null);
    }

    public static NewAsk attend(String label, OffsetDateTime time, String place, OffsetDateTime endTime,
                                String timezone) {
        return new NewAsk("attend", label, null, null, null, null, time, place, null, null, null, endTime, timezone);
    }

    public static NewAsk boycott(String label, List<String> brands, List<String> domains) {
        return new NewAsk("boycott", label, null, null, null, null, null, null, brands, domains, null, null, null);
    }

    public static NewAsk of(String type, String label, String text) {
        return new NewAsk(type, label, null, null, null, null, null, null, null, null, text, null, null);
    }
}
