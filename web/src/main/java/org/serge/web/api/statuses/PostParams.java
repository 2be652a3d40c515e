package org.serge.web.api.statuses;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.serge.core.error.ServiceException;
import org.serge.core.media.MediaService;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Visibility;
import org.serge.web.api.ApiParams;
import org.serge.web.oauth.RequestParams;

/**
 * The parameters of POST and PUT /api/v1/statuses as clients send them: a form with Rails-style
 * {@code poll[options][]}, or JSON with a nested {@code poll} object.
 */
final class PostParams {

    private static final long DEFAULT_POLL_SECONDS = 24 * 3600;
    private static final long MAX_POLL_SECONDS = 31L * 24 * 3600;

    private PostParams() {
    }

    static PostRequest parse(RoutingContext ctx, RequestParams params, Visibility defaultVisibility) {
        List<Long> mediaIds = mediaIds(params);
        String visibilityName = params.get("visibility");
        Visibility visibility = visibilityName == null || visibilityName.isBlank() ? defaultVisibility
                : Visibility.parse(visibilityName.strip());
        if (visibility == null) {
            throw ServiceException.unprocessable("visibility must be public, unlisted, private or direct");
        }
        String language = params.get("language");
        if (language != null && (language.isBlank() || language.length() > 16)) {
            language = null;
        }
        Poll poll = poll(ctx, params);
        return new PostRequest(params.get("status"), visibility, params.get("spoiler_text"),
                ApiParams.bool(params, "sensitive", false),
                language == null ? null : language.strip().toLowerCase(Locale.ROOT),
                ApiParams.optionalId(params, "in_reply_to_id"), poll.options, poll.expiresIn, poll.multiple, mediaIds);
    }

    /** media_ids[] (form, query or JSON array, strings or numbers); more than four or a malformed id is a 422. */
    private static List<Long> mediaIds(RequestParams params) {
        List<String> raw = params.all("media_ids");
        if (raw.size() > MediaService.MAX_ATTACHMENTS) {
            throw ServiceException.unprocessable("A status can have at most " + MediaService.MAX_ATTACHMENTS
                    + " media attachments");
        }
        List<Long> ids = new ArrayList<>();
        for (String value : raw) {
            if (value == null || value.isBlank()) {
                continue;
            }
            Long id = ApiParams.id(value.strip());
            if (id == null) {
                throw ServiceException.unprocessable("media_ids: not a valid id");
            }
            ids.add(id);
        }
        return ids;
    }

    private static Poll poll(RoutingContext ctx, RequestParams params) {
        List<String> options = new ArrayList<>(params.all("poll[options]"));
        String expiresIn = params.get("poll[expires_in]");
        String multiple = params.get("poll[multiple]");
        JsonObject json = jsonPoll(ctx);
        if (json != null) {
            Object raw = json.getValue("options");
            if (raw instanceof JsonArray array) {
                array.forEach(o -> options.add(o == null ? "" : o.toString()));
            }
            expiresIn = json.getValue("expires_in") == null ? null : json.getValue("expires_in").toString();
            multiple = json.getValue("multiple") == null ? null : json.getValue("multiple").toString();
        }
        if (options.isEmpty()) {
            return new Poll(List.of(), 0, false);
        }
        for (String option : options) {
            if (option.isBlank() || option.length() > 100) {
                throw ServiceException.unprocessable("poll options must be 1 to 100 characters");
            }
        }
        long seconds = DEFAULT_POLL_SECONDS;
        if (expiresIn != null && !expiresIn.isBlank()) {
            try {
                seconds = (long) Double.parseDouble(expiresIn.strip());
            } catch (NumberFormatException e) {
                throw ServiceException.unprocessable("poll[expires_in] must be a number of seconds");
            }
        }
        if (seconds > MAX_POLL_SECONDS) {
            throw ServiceException.unprocessable("a poll lasts at most 31 days");
        }
        boolean many = multiple != null && switch (multiple.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "on", "t", "yes" -> true;
            default -> false;
        };
        return new Poll(options, seconds, many);
    }

    private static JsonObject jsonPoll(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json") || ctx.body() == null
                || ctx.body().length() == 0) {
            return null;
        }
        Object poll = ctx.body().asJsonObject().getValue("poll");
        return poll instanceof JsonObject object ? object : null;
    }

    private record Poll(List<String> options, long expiresIn, boolean multiple) {
    }
}
