package org.serge.web.api.misc;

import java.util.Locale;
import java.util.Set;
import org.serge.core.error.ServiceException;
import org.serge.core.paging.PageRequest;
import org.serge.web.oauth.RequestParams;

/** Reading Mastodon's parameters: Rails booleans, ids, limits and offsets, with 422 for what cannot be read. */
public final class ApiParams {

    // what Rails reads as false; anything else non-blank is true
    private static final Set<String> FALSE = Set.of("0", "f", "false", "off", "no", "n");
    private static final int MAX_OFFSET = 10_000;

    private ApiParams() {
    }

    public static boolean bool(RequestParams params, String name, boolean fallback) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return !FALSE.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    /** An id parameter, or null when absent or empty. */
    public static Long id(RequestParams params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ServiceException.unprocessable(name + " is not a valid id");
        }
    }

    /** limit, defaulting and capped as Mastodon does. */
    public static int limit(RequestParams params, int fallback, int max) {
        String value = params.get("limit");
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return (int) Math.max(1, Math.min(max, Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            throw ServiceException.unprocessable("limit is not a number");
        }
    }

    public static int offset(RequestParams params) {
        String value = params.get("offset");
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            long offset = Long.parseLong(value.strip());
            if (offset < 0 || offset > MAX_OFFSET) {
                throw ServiceException.unprocessable("offset is out of range");
            }
            return (int) offset;
        } catch (NumberFormatException e) {
            throw ServiceException.unprocessable("offset is not a number");
        }
    }

    public static PageRequest page(RequestParams params, int fallback, int max) {
        return new PageRequest(id(params, "max_id"), id(params, "since_id"), id(params, "min_id"),
                limit(params, fallback, max));
    }

    /** A path id; anything that is not a number names nothing (404). */
    public static long pathId(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ServiceException.notFound("Record not found");
        }
    }
}
