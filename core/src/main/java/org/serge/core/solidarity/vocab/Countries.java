package org.serge.core.solidarity.vocab;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.serge.core.error.ServiceException;

/** ISO 3166-1 alpha-2 codes as Java knows them, plus the user-assigned XK (Kosovo), and ISO 3166-2 subdivisions. */
public final class Countries {

    private static final Set<String> CODES = new HashSet<>(Set.of(Locale.getISOCountries()));
    private static final Pattern SUBDIVISION = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");

    static {
        CODES.add("XK");
    }

    private Countries() {
    }

    public static boolean valid(String code) {
        return code != null && CODES.contains(code);
    }

    /** The code, upper-cased, or a 422 naming the field. Null stays null when optional. */
    public static String check(String code, String field, boolean required) {
        if (code == null || code.isBlank()) {
            if (required) {
                throw ServiceException.unprocessable(field + " is required");
            }
            return null;
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!valid(upper)) {
            throw ServiceException.unprocessable(field + " must be an ISO 3166-1 alpha-2 code");
        }
        return upper;
    }

    /** An optional ISO 3166-2 subdivision code, which must belong to the country. */
    public static String checkRegion(String region, String country) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String upper = region.trim().toUpperCase(Locale.ROOT);
        var m = SUBDIVISION.matcher(upper);
        if (!m.matches() || !m.group(1).equals(country)) {
            throw ServiceException.unprocessable("region must be an ISO 3166-2 code of the report's country");
        }
        return upper;
    }

    /** English name, for readable text. */
    public static String name(String code) {
        if ("XK".equals(code)) {
            return "Kosovo";
        }
        return new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    }
}
