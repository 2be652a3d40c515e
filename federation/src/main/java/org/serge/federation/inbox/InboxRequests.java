package org.serge.federation.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import org.serge.core.error.ServiceException;
import org.serge.federation.signature.SignableRequest;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.federation.vocab.ActivityStreamsException;
import org.serge.federation.vocab.AsIds;
import org.serge.federation.vocab.ParseResult;
import org.serge.federation.vocab.PayloadLimitException;

/** The checks of an inbox request that need neither key nor database: media type, size, JSON shape. */
final class InboxRequests {

    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final ActivityStreamsCodec codec;

    InboxRequests(ActivityStreamsCodec codec) {
        this.codec = codec;
    }

    IncomingActivity read(SignableRequest request) {
        requireActivityMediaType(request.header("content-type"));
        byte[] body = request.body();
        if (body == null || body.length == 0) {
            throw ServiceException.badRequest("empty body");
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new ServiceException(413, "body over 1 MB");
        }
        JsonNode tree = tree(body);
        if (!tree.isObject()) {
            throw ServiceException.badRequest("body is not a JSON object");
        }
        String id = text(tree, "id").orElseThrow(() -> ServiceException.badRequest("missing or invalid id"));
        String type = text(tree, "type").orElseThrow(() -> ServiceException.badRequest("missing or invalid type"));
        String actorId = AsIds.idOf(tree.get("actor")).orElseThrow(() -> ServiceException.badRequest("missing actor"));
        Activity activity = activity(tree);
        String payload = new String(body, StandardCharsets.UTF_8);
        // PostgreSQL's text cannot hold U+0000, so handlers could store none of its strings; no honest activity has it
        if (payload.contains("\\u0000")) {
            throw ServiceException.badRequest("NUL characters are not accepted");
        }
        return new IncomingActivity(id, type, actorId, activity, payload);
    }

    private static void requireActivityMediaType(String contentType) {
        if (contentType == null) {
            throw new ServiceException(415, "Content-Type must be application/activity+json");
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/activity+json") && !mediaType.equals("application/ld+json")) {
            throw new ServiceException(415, "Content-Type must be application/activity+json");
        }
    }

    private JsonNode tree(byte[] body) {
        try {
            return codec.readTree(body);
        } catch (PayloadLimitException e) {
            throw new ServiceException(413, "document too large or nested too deep");
        } catch (ActivityStreamsException e) {
            throw ServiceException.badRequest("malformed JSON");
        }
    }

    private Activity activity(JsonNode tree) {
        ParseResult parsed;
        try {
            parsed = codec.read(tree);
        } catch (PayloadLimitException e) {
            throw ServiceException.unprocessable("an array is over its limit");
        } catch (ActivityStreamsException e) {
            throw ServiceException.badRequest("unreadable activity");
        }
        // a bare object posted to an inbox (some servers do) is stored and ignored by the processor
        return parsed.activity().orElse(null);
    }

    private static Optional<String> text(JsonNode tree, String field) {
        JsonNode value = tree.get(field);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }
}
