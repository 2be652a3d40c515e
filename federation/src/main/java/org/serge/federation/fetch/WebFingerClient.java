package org.serge.federation.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.Future;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.serge.core.config.NodeConfig;
import org.serge.federation.net.InvalidUrlException;
import org.serge.federation.net.Origin;
import org.serge.federation.net.Origins;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.federation.vocab.ActivityStreamsException;

/**
 * Looks up acct:user@domain with WebFinger (RFC 7033) through the {@link GuardedHttpClient}, unsigned, and returns
 * the href of the rel=self link typed as ActivityPub. https, or http in development mode.
 */
public final class WebFingerClient {

    private final GuardedHttpClient http;
    private final ActivityStreamsCodec codec;
    private final String scheme;

    public WebFingerClient(GuardedHttpClient http, ActivityStreamsCodec codec, NodeConfig config) {
        this.http = http;
        this.codec = codec;
        this.scheme = config.scheme();
    }

    /** @param domain host or host:port */
    public Future<String> actorUri(String username, String domain) {
        if (username == null || username.isEmpty() || username.length() > 256 || domain == null
                || !username.chars().allMatch(c -> c > 0x20 && c != '@' && c != '/' && c != 0x7f)) {
            return Future.failedFuture(new RefusedAddressException("not a valid handle"));
        }
        Origin origin;
        try {
            origin = Origins.parse(scheme + "://" + domain + "/");
        } catch (InvalidUrlException e) {
            return Future.failedFuture(new RefusedAddressException("not a valid domain"));
        }
        String resource = "acct:" + username + "@" + domain;
        String url = origin + "/.well-known/webfinger?resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8);
        return http.get(url, MediaTypes.WEBFINGER_ACCEPT, MediaTypes.webFinger(), false).compose(this::selfLink);
    }

    private Future<String> selfLink(RawResponse response) {
        JsonNode jrd;
        try {
            jrd = codec.readTree(response.body());
        } catch (ActivityStreamsException e) {
            return Future.failedFuture(new MalformedDocumentException("unreadable WebFinger answer"));
        }
        JsonNode links = jrd.get("links");
        if (links != null && links.isArray()) {
            for (JsonNode link : links) {
                if (isActivityPubSelf(link)) {
                    String href = link.get("href").textValue();
                    if (Origins.tryParse(href).isPresent()) {
                        return Future.succeededFuture(href);
                    }
                }
            }
        }
        return Future.failedFuture(new FetchException(404, "WebFinger gave no ActivityPub actor"));
    }

    private static boolean isActivityPubSelf(JsonNode link) {
        if (!link.isObject() || !"self".equals(link.path("rel").asText(null))) {
            return false;
        }
        String type = MediaTypes.essence(link.path("type").asText(null));
        return link.path("href").isTextual()
                && (MediaTypes.ACTIVITY_JSON.equals(type) || MediaTypes.LD_JSON.equals(type));
    }
}
