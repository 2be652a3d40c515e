package org.serge.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.serge.web.testing.Cli;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/** A Mastodon API client for tests: tokens from {@code admin create-token}, bearer requests, Link parsing. */
public final class ApiClient {

    private static final Pattern LINK = Pattern.compile("<([^>]+)>;\\s*rel=\"(\\w+)\"");

    private final TestNode node;
    private final String token;

    private ApiClient(TestNode node, String token) {
        this.node = node;
        this.token = token;
    }

    public static ApiClient as(TestNode node, String username, String scopes) {
        Cli.Result result = Cli.run("admin", "create-token", username, "--scopes", scopes,
                "--database-url", node.db().url(), "--domain", node.domain(), "--dev");
        assertEquals(0, result.exitCode(), result.err());
        return new ApiClient(node, result.lastLine());
    }

    public static ApiClient as(TestNode node, String username) {
        return as(node, username, "read write follow");
    }

    public static ApiClient anonymous(TestNode node) {
        return new ApiClient(node, null);
    }

    public String token() {
        return token;
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send("GET", pathOrUrl, null, null);
    }

    public HttpResponse<String> post(String path) {
        return send("POST", path, null, null);
    }

    /** A form-urlencoded POST; the body is written already encoded, e.g. "status=hi&visibility=private". */
    public HttpResponse<String> form(String method, String path, String body, String... headers) {
        return send(method, path, "application/x-www-form-urlencoded", body, headers);
    }

    public HttpResponse<String> json(String method, String path, JsonObject body, String... headers) {
        return send(method, path, "application/json", body.encode(), headers);
    }

    public HttpResponse<String> send(String method, String pathOrUrl, String contentType, String body,
                                     String... headers) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : node.url(pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Http.send(request.build());
    }

    /** Posts a status and returns its entity. */
    public JsonObject postStatus(String text, String visibility) {
        HttpResponse<String> response = json("POST", "/api/v1/statuses",
                new JsonObject().put("status", text).put("visibility", visibility));
        assertEquals(200, response.statusCode(), response.body());
        return new JsonObject(response.body());
    }

    public static JsonObject object(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return new JsonObject(response.body());
    }

    public static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return new JsonArray(response.body());
    }

    /** The ids of a Status[] or Account[] answer. */
    public static List<String> ids(HttpResponse<String> response) {
        List<String> ids = new ArrayList<>();
        array(response).forEach(o -> ids.add(((JsonObject) o).getString("id")));
        return ids;
    }

    /** The URL of a Link header's relation, or null. */
    public static String link(HttpResponse<String> response, String rel) {
        String header = response.headers().firstValue("Link").orElse("");
        Matcher m = LINK.matcher(header);
        while (m.find()) {
            if (m.group(2).equals(rel)) {
                return m.group(1);
            }
        }
        return null;
    }
}
