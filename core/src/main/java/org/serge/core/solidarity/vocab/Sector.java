package org.serge.core.solidarity.vocab;

import java.util.Locale;
import java.util.regex.Pattern;
import org.serge.core.error.ServiceException;

/**
 * An industry code with its scheme and version, e.g. ISIC 4 "C" or "C10" (NACE 2 shares ISIC 4's sections).
 * Validated loosely: a section letter A-U, optionally followed by up to four digits.
 */
public record Sector(String scheme, String version, String code) {

    private static final Pattern CODE = Pattern.compile("[A-U][0-9]{0,4}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9.-]{1,16}");
    private static final String[] ISIC4_SECTIONS = {
        "Agriculture", "Mining", "Manufacturing", "Energy", "Water and waste", "Construction", "Retail",
        "Transport", "Hospitality", "Information and communication", "Finance", "Real estate",
        "Professional services", "Administrative services", "Public administration", "Education", "Health and care",
        "Arts and recreation", "Other services", "Households as employers", "Extraterritorial organisations"};

    /** A valid sector or a 422; all three parts null means no sector (null). */
    public static Sector of(String scheme, String version, String code) {
        if (scheme == null && version == null && code == null) {
            return null;
        }
        if (scheme == null || version == null || code == null || !WORD.matcher(scheme).matches()
                || !WORD.matcher(version).matches()) {
            throw ServiceException.unprocessable("a sector needs a scheme, a version and a code (e.g. ISIC 4 C10)");
        }
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(upper).matches()) {
            throw ServiceException.unprocessable("sector code must be a section letter A-U, optionally with digits");
        }
        return new Sector(scheme.toUpperCase(Locale.ROOT), version, upper);
    }

    public String section() {
        return code.substring(0, 1);
    }

    /** "ISIC 4 C", the key statistics group by. */
    public String sectionKey() {
        return scheme + " " + version + " " + section();
    }

    /** A readable name: the ISIC Rev.4 section name where the scheme shares its sections, else the code. */
    public String label() {
        if (("ISIC".equals(scheme) && "4".equals(version)) || ("NACE".equals(scheme) && "2".equals(version))) {
            return ISIC4_SECTIONS[section().charAt(0) - 'A'];
        }
        return scheme + " " + version + " " + code;
    }
}
