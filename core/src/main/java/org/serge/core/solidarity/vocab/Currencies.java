package org.serge.core.solidarity.vocab;

import java.util.Currency;
import java.util.Locale;
import org.serge.core.error.ServiceException;

/** ISO 4217 alpha codes as {@link Currency} knows them. */
public final class Currencies {

    private Currencies() {
    }

    /** The code, upper-cased, or a 422 naming the field. */
    public static String check(String code, String field) {
        if (code == null || code.isBlank()) {
            throw ServiceException.unprocessable(field + " is required");
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{3}")) {
            throw ServiceException.unprocessable(field + " must be an ISO 4217 code");
        }
        try {
            Currency.getInstance(upper);
        } catch (IllegalArgumentException e) {
            throw ServiceException.unprocessable(field + " must be an ISO 4217 code");
        }
        return upper;
    }
}
