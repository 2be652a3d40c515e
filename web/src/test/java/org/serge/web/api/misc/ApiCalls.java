package org.serge.web.api.misc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.serge.web.testing.Cli;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/** Calls to a test node's client API with bearer tokens made by {@code admin create-token}. */
public final class ApiCalls {

    private final TestNode node;

    public ApiCalls(TestNode node) {
        this.node = node;
    }

    public String token(String username, String scopes) {
        Cli.Result result = Cli.run("admin", "create-token", username, "--scopes", scopes,
                "--database-url", node.db().url(), "--domain", node.domain(), "--dev");
        assertEquals(0, result.exitCode(), result.err());
        return result.lastLine();
    }

    public HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
                .timeout(Duration.ofSeconds(30)).GET().header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request.build());
    }

    public HttpResponse<String> post(String path, String token, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request.build());
    }

    public JsonObject object(String path, String token) {
        HttpResponse<String> response = get(path, token);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return new JsonObject(response.body());
    }

    public JsonArray array(String path, String token) {
        HttpResponse<String> response = get(path, token);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return new JsonArray(response.body());
    }

    public static String link(HttpResponse<String> response) {
        return response.headers().firstValue("Link").orElse("");
    }

    /** The URL of rel="next" in a Link header, or null. */
    public static String next(HttpResponse<String> response) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<([^>]+)>; rel=\"next\"").matcher(link(response));
        return m.find() ? m.group(1) : null;
    }
}
