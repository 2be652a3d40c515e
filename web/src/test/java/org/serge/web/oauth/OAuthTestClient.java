package org.serge.web.oauth;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

/** A browser with cookies and an app, for walking through the OAuth flow against a test node. */
final class OAuthTestClient {

    private static final Pattern HIDDEN = Pattern.compile(
            "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    final TestNode node;
    final HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    OAuthTestClient(TestNode node) {
        this.node = node;
    }

    /** Registers an app with a JSON body; returns the registration answer. */
    JsonObject registerApp(String redirectUris, String scopes) {
        JsonObject body = new JsonObject().put("client_name", "Test app").put("redirect_uris", redirectUris)
                .put("scopes", scopes).put("website", "https://app.example");
        HttpResponse<String> response = post("/api/v1/apps", "application/json", body.encode());
        if (response.statusCode() != 200) {
            throw new AssertionError(response.statusCode() + " " + response.body());
        }
        return new JsonObject(response.body());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(node.url(path)))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Http.send(request.build());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers) {
        return post(path, "application/x-www-form-urlencoded", form(fields), headers);
    }

    HttpResponse<String> browserGet(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(node.url(pathAndQuery))).GET().build());
    }

    HttpResponse<String> browserPost(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(URI.create(node.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))).build());
    }

    /** The authorize page's query for an app, with PKCE when a challenge is given. */
    static String authorizeQuery(JsonObject app, String redirectUri, String scope, String state, String challenge) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", app.getString("client_id"));
        query.put("redirect_uri", redirectUri);
        query.put("scope", scope);
        query.put("state", state);
        if (challenge != null) {
            query.put("code_challenge", challenge);
            query.put("code_challenge_method", "S256");
        }
        return "/oauth/authorize?" + form(query);
    }

    /** The hidden fields of a page's form, in order. */
    static Map<String, String> hiddenFields(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher matcher = HIDDEN.matcher(html);
        while (matcher.find()) {
            fields.put(matcher.group(1), unescape(matcher.group(2)));
        }
        return fields;
    }

    /** Opens the page, fills in the form and submits it; returns the answer to the POST. */
    HttpResponse<String> login(String authorizeQuery, String username, String password) {
        HttpResponse<String> page = browserGet(authorizeQuery);
        if (page.statusCode() != 200) {
            throw new AssertionError(page.statusCode() + " " + page.body());
        }
        Map<String, String> fields = hiddenFields(page.body());
        fields.put("username", username);
        fields.put("password", password);
        fields.put("decision", "authorize");
        return browserPost("/oauth/authorize", fields);
    }

    /** The query parameters of a redirect's Location. */
    static Map<String, String> redirectParams(HttpResponse<String> response) {
        String location = response.headers().firstValue("location").orElseThrow();
        String query = URI.create(location).getRawQuery();
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    HttpResponse<String> exchange(JsonObject app, String code, String redirectUri, String verifier) {
        JsonObject body = new JsonObject().put("grant_type", "authorization_code").put("code", code)
                .put("redirect_uri", redirectUri).put("client_id", app.getString("client_id"))
                .put("client_secret", app.getString("client_secret"));
        if (verifier != null) {
            body.put("code_verifier", verifier);
        }
        return post("/oauth/token", "application/json", body.encode());
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static JsonArray array(String... values) {
        JsonArray array = new JsonArray();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
