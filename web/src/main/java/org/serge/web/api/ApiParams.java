package org.serge.web.api;

import io.vertx.ext.web.RoutingContext;
import java.util.Locale;
import org.serge.core.error.ServiceException;
import org.serge.core.timeline.Page;
import org.serge.web.oauth.RequestParams;

/** Parsing of the client API's parameters: ids, Rails-style booleans, paging. Bad input is a 4xx, never a 500. */
public final class ApiParams {

    private ApiParams() {
    }

    /** An id as clients send it (a string of digits), or null when it is not one. */
    public static Long id(String value) {
        if (value == null || value.isEmpty() || value.length() > 19) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The id in the path; an id that can't exist is a 404 like any unknown one. */
    public static long pathId(RoutingContext ctx, String name) {
        Long id = id(ctx.pathParam(name));
        if (id == null) {
            throw ServiceException.notFound("not found");
        }
        return id;
    }

    /** An optional id parameter; present but malformed is a 422. */
    public static Long optionalId(RequestParams params, String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Long id = id(value);
        if (id == null) {
            throw ServiceException.unprocessable(name + " is not a valid id");
        }
        return id;
    }

    /** Rails' booleans: true, 1, on, t, yes (any case) are true; absent is the default. */
    public static boolean bool(RequestParams params, String name, boolean absent) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            return absent;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "t", "yes", "y" -> true;
            default -> false;
        };
    }

    /** A Boolean when present, else null. */
    public static Boolean optionalBool(RequestParams params, String name) {
        String value = params.get(name);
        return value == null || value.isEmpty() ? null : bool(params, name, false);
    }

    /** max_id, since_id, min_id and limit (default 20, at most 40; below 1 means the default). */
    public static Page page(RequestParams params) {
        return page(params, Page.DEFAULT_LIMIT, Page.MAX_LIMIT);
    }

    public static Page page(RequestParams params, int defaultLimit, int maxLimit) {
        int limit = defaultLimit;
        String raw = params.get("limit");
        if (raw != null && !raw.isBlank()) {
            try {
                limit = Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                throw ServiceException.unprocessable("limit must be a number");
            }
            if (limit < 1) {
                limit = defaultLimit;
            }
            limit = Math.min(limit, maxLimit);
        }
        return new Page(optionalId(params, "max_id"), optionalId(params, "since_id"), optionalId(params, "min_id"),
                limit);
    }
}
