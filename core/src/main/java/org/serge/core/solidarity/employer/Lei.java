package org.serge.core.solidarity.employer;

import java.math.BigInteger;
import java.util.Locale;

/** Legal Entity Identifiers (ISO 17442): 20 characters A-Z0-9 whose ISO 7064 MOD 97-10 check gives 1. */
public final class Lei {

    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Lei() {
    }

    public static String normalise(String lei) {
        return lei == null ? null : lei.trim().toUpperCase(Locale.ROOT);
    }

    public static boolean valid(String lei) {
        if (lei == null || !lei.matches("[A-Z0-9]{18}[0-9]{2}")) {
            return false;
        }
        return new BigInteger(digits(lei)).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** The two check digits for an 18-character prefix (for tests and fixtures). */
    public static String checkDigits(String prefix) {
        int check = 98 - new BigInteger(digits(prefix + "00")).mod(NINETY_SEVEN).intValue();
        return String.format(Locale.ROOT, "%02d", check);
    }

    private static String digits(String lei) {
        StringBuilder out = new StringBuilder(40);
        for (char c : lei.toCharArray()) {
            out.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return out.toString();
    }
}
