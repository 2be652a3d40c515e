package org.serge.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

class AppRegistrationTest {

    private static TestNode node;
    private static OAuthTestClient client;
    private static Vertx vertx;
    private static Pool pool;

    @BeforeAll
    static void start() {
        node = TestNode.start();
        client = new OAuthTestClient(node);
        vertx = Vertx.vertx();
        pool = node.db().pool(vertx);
    }

    @AfterAll
    static void stop() {
        pool.close();
        vertx.close();
        node.close();
    }

    private static void assertRegistered(HttpResponse<String> response, String name, JsonArray uris, JsonArray scopes) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith("application/json"));
        JsonObject app = Http.json(response);
        assertTrue(app.getValue("id") instanceof String, app.encode());
        assertEquals(name, app.getString("name"));
        assertEquals(uris, app.getJsonArray("redirect_uris"));
        assertEquals(String.join("\n", uris.stream().map(Object::toString).toList()), app.getString("redirect_uri"));
        assertEquals(scopes, app.getJsonArray("scopes"));
        assertTrue(app.getString("client_id").length() >= 40);
        assertTrue(app.getString("client_secret").length() >= 40);
        assertEquals(0, app.getInteger("client_secret_expires_at"));
        assertEquals("", app.getString("vapid_key"));
    }

    @Test
    void registersFromAJsonBodyWithAnArrayOfRedirectUris() {
        JsonObject body = new JsonObject().put("client_name", "Elk")
                .put("redirect_uris", OAuthTestClient.array("https://elk.example/callback", "elk://oauth"))
                .put("scopes", "read write follow push").put("website", "https://elk.example");
        HttpResponse<String> response = client.post("/api/v1/apps", "application/json", body.encode());
        assertRegistered(response, "Elk", OAuthTestClient.array("https://elk.example/callback", "elk://oauth"),
                OAuthTestClient.array("read", "write", "follow", "push"));
        assertEquals("https://elk.example", Http.json(response).getString("website"));
    }

    @Test
    void registersFromAFormWithSpaceAndNewlineSeparatedUrisAndDefaultsToRead() {
        HttpResponse<String> response = client.postForm("/api/v1/apps", Map.of("client_name", "Tusky",
                "redirect_uris", "oauth2redirect://com.keylesspalace.tusky/\nurn:ietf:wg:oauth:2.0:oob"));
        assertRegistered(response, "Tusky",
                OAuthTestClient.array("oauth2redirect://com.keylesspalace.tusky/", "urn:ietf:wg:oauth:2.0:oob"),
                OAuthTestClient.array("read"));
        assertEquals(null, Http.json(response).getString("website"));
    }

    @Test
    void registersFromMultipart() {
        String boundary = "----serge-boundary";
        String body = part(boundary, "client_name", "Phanpy") + part(boundary, "redirect_uris", "https://phanpy.example/")
                + part(boundary, "scopes", "read write") + "--" + boundary + "--\r\n";
        HttpResponse<String> response = client.post("/api/v1/apps", "multipart/form-data; boundary=" + boundary, body);
        assertRegistered(response, "Phanpy", OAuthTestClient.array("https://phanpy.example/"),
                OAuthTestClient.array("read", "write"));
    }

    @Test
    void registersFromTheQueryStringAloneAsIceCubesSendsIt() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(node.url(
                        "/api/v1/apps?client_name=Ice%20Cubes&redirect_uris=icecubesapp://&scopes=read%20write%20follow%20push")))
                .POST(HttpRequest.BodyPublishers.noBody()).build());
        assertRegistered(response, "Ice Cubes", OAuthTestClient.array("icecubesapp://"),
                OAuthTestClient.array("read", "write", "follow", "push"));
    }

    @Test
    void registersWithRailsStyleArrayParameters() {
        HttpResponse<String> response = client.post("/api/v1/apps", "application/x-www-form-urlencoded",
                "client_name=Rails&redirect_uris[]=https%3A%2F%2Fa.example%2F&redirect_uris[]=app%3A%2F%2Fb");
        assertRegistered(response, "Rails", OAuthTestClient.array("https://a.example/", "app://b"),
                OAuthTestClient.array("read"));
    }

    @Test
    void refusesMissingNamesMissingUrisUnknownScopesAndBadBodiesWithoutWritingAnything() throws Exception {
        long before = count();
        assertEquals(422, client.postForm("/api/v1/apps", Map.of("redirect_uris", "app://x")).statusCode());
        assertEquals(422, client.postForm("/api/v1/apps", Map.of("client_name", "X")).statusCode());
        assertEquals(422, client.postForm("/api/v1/apps", Map.of("client_name", "X", "redirect_uris", "   ")).statusCode());
        HttpResponse<String> unknownScope = client.postForm("/api/v1/apps",
                Map.of("client_name", "X", "redirect_uris", "app://x", "scopes", "read everything"));
        assertEquals(422, unknownScope.statusCode());
        assertTrue(Http.json(unknownScope).getString("error").contains("cope"));
        assertEquals(422, client.postForm("/api/v1/apps",
                Map.of("client_name", "X", "redirect_uris", "not a uri")).statusCode());
        assertEquals(422, client.postForm("/api/v1/apps",
                Map.of("client_name", "X", "redirect_uris", "https://x.example/#fragment")).statusCode());
        assertEquals(422, client.postForm("/api/v1/apps",
                Map.of("client_name", "X", "redirect_uris", "app://x", "website", "javascript:alert(1)")).statusCode());
        assertEquals(400, client.post("/api/v1/apps", "application/json", "{not json").statusCode());
        assertEquals(400, client.post("/api/v1/apps", "application/json", "[1, 2]").statusCode());
        assertEquals(413, client.post("/api/v1/apps", "application/json",
                "{\"client_name\": \"" + "x".repeat(100_000) + "\"}").statusCode());
        assertEquals(before, count());
    }

    @Test
    void storesOnlyADigestOfTheClientSecret() throws Exception {
        JsonObject app = client.registerApp("app://digest", "read");
        String stored = pool.preparedQuery("SELECT client_secret FROM oauth_applications WHERE client_id = $1")
                .execute(io.vertx.sqlclient.Tuple.of(app.getString("client_id")))
                .toCompletionStage().toCompletableFuture().get().iterator().next().getString(0);
        assertFalse(stored.contains(app.getString("client_secret")));
        assertEquals(64, stored.length());
    }

    @Test
    void verifiesAppCredentialsWithAnAppToken() {
        JsonObject app = client.registerApp("app://verify", "read write");
        HttpResponse<String> token = client.postForm("/oauth/token", Map.of("grant_type", "client_credentials",
                "client_id", app.getString("client_id"), "client_secret", app.getString("client_secret")));
        assertEquals(200, token.statusCode(), token.body());
        HttpResponse<String> verified = Http.get(node.url("/api/v1/apps/verify_credentials"),
                "Authorization", "Bearer " + Http.json(token).getString("access_token"));
        assertEquals(200, verified.statusCode(), verified.body());
        JsonObject body = Http.json(verified);
        assertEquals("Test app", body.getString("name"));
        assertEquals("https://app.example", body.getString("website"));
        assertEquals(OAuthTestClient.array("read", "write"), body.getJsonArray("scopes"));
        assertEquals(OAuthTestClient.array("app://verify"), body.getJsonArray("redirect_uris"));
        assertFalse(body.containsKey("client_secret"));
        assertEquals(401, Http.get(node.url("/api/v1/apps/verify_credentials")).statusCode());
    }

    private static long count() throws Exception {
        return pool.query("SELECT count(*) FROM oauth_applications").execute()
                .toCompletionStage().toCompletableFuture().get().iterator().next().getLong(0);
    }

    private static String part(String boundary, String name, String value) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n";
    }
}
