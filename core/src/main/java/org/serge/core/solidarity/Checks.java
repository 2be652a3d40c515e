package org.serge.core.solidarity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.serge.core.error.ServiceException;

/** Field checks shared by the solidarity services; each failure is a 422 naming the field. */
public final class Checks {

    private Checks() {
    }

    public static String text(String value, String field, int max, boolean required) {
        String stripped = value == null ? "" : value.strip();
        if (required && stripped.isEmpty()) {
            throw ServiceException.unprocessable(field + " is required");
        }
        if (stripped.length() > max) {
            throw ServiceException.unprocessable(field + " is over " + max + " characters");
        }
        return stripped;
    }

    public static String httpUrl(String value, String field) {
        if (value == null || value.length() > 2000) {
            throw ServiceException.unprocessable(field + " must be an http or https URL");
        }
        try {
            URI uri = new URI(value.trim());
            if (uri.getScheme() == null || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw ServiceException.unprocessable(field + " must be an http or https URL");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw ServiceException.unprocessable(field + " must be an http or https URL");
        }
    }

    public static String language(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            throw ServiceException.unprocessable("language must be a language tag such as en or pt-BR");
        }
        return value;
    }
}
