package org.serge.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Cli;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

class TokenAndScopeTest {

    private static final String VERIFY = "/api/v1/accounts/verify_credentials";

    private static TestNode node;
    private static OAuthTestClient client;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE);
        client = new OAuthTestClient(node);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static HttpResponse<String> clientCredentials(JsonObject app, String scope) {
        JsonObject body = new JsonObject().put("grant_type", "client_credentials")
                .put("client_id", app.getString("client_id")).put("client_secret", app.getString("client_secret"));
        if (scope != null) {
            body.put("scope", scope);
        }
        return client.post("/oauth/token", "application/json", body.encode());
    }

    private static HttpResponse<String> verify(String token) {
        return Http.get(node.url(VERIFY), "Authorization", "Bearer " + token, "Accept", "application/json");
    }

    private static String memberToken(JsonObject app, String scope) {
        String code = OAuthTestClient.redirectParams(client.login(OAuthTestClient.authorizeQuery(app,
                "app://cb", scope, "s", null), Fixtures.ALICE.username(), Fixtures.ALICE.password())).get("code");
        HttpResponse<String> token = client.exchange(app, code, "app://cb", null);
        assertEquals(200, token.statusCode(), token.body());
        return Http.json(token).getString("access_token");
    }

    @Test
    void clientCredentialsGiveAnAppTokenWithinTheAppsScopes() {
        JsonObject app = client.registerApp("app://cb", "read write");
        HttpResponse<String> token = clientCredentials(app, "read");
        assertEquals(200, token.statusCode(), token.body());
        assertEquals("read", Http.json(token).getString("scope"));
        assertEquals("Bearer", Http.json(token).getString("token_type"));
        assertEquals("read", Http.json(clientCredentials(app, null)).getString("scope"));

        HttpResponse<String> tooMuch = clientCredentials(app, "read follow");
        assertEquals(400, tooMuch.statusCode());
        assertEquals("invalid_scope", Http.json(tooMuch).getString("error"));

        // query string only, as Ice Cubes sends it
        HttpResponse<String> query = Http.send(HttpRequest.newBuilder(URI.create(node.url("/oauth/token?grant_type="
                        + "client_credentials&client_id=" + app.getString("client_id") + "&client_secret="
                        + app.getString("client_secret") + "&scope=read+write"))).POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertEquals(200, query.statusCode(), query.body());
        assertEquals("read write", Http.json(query).getString("scope"));
    }

    @Test
    void unsupportedGrantsAndBadClientsAreRfc6749Errors() {
        JsonObject app = client.registerApp("app://cb", "read");
        HttpResponse<String> password = client.postForm("/oauth/token", Map.of("grant_type", "password",
                "username", "alice", "password", Fixtures.ALICE.password(),
                "client_id", app.getString("client_id"), "client_secret", app.getString("client_secret")));
        assertEquals(400, password.statusCode());
        assertEquals("unsupported_grant_type", Http.json(password).getString("error"));
        assertTrue(Http.json(password).containsKey("error_description"));

        HttpResponse<String> missing = client.postForm("/oauth/token", Map.of("client_id", "x"));
        assertEquals("invalid_request", Http.json(missing).getString("error"));

        HttpResponse<String> badSecret = client.postForm("/oauth/token", Map.of("grant_type", "client_credentials",
                "client_id", app.getString("client_id"), "client_secret", "wrong"));
        assertEquals(401, badSecret.statusCode());
        assertEquals("invalid_client", Http.json(badSecret).getString("error"));

        HttpResponse<String> badCode = client.exchange(app, "no-such-code", "app://cb", null);
        assertEquals(400, badCode.statusCode());
        assertEquals("invalid_grant", Http.json(badCode).getString("error"));

        HttpResponse<String> badJson = client.post("/oauth/token", "application/json", "{oops");
        assertEquals(400, badJson.statusCode());
        assertEquals("invalid_request", Http.json(badJson).getString("error"));
    }

    @Test
    void revokedTokensStopWorkingAndRevocationIsIdempotent() {
        JsonObject app = client.registerApp("app://cb", "read");
        String token = memberToken(app, "read");
        assertEquals(200, verify(token).statusCode());

        JsonObject other = client.registerApp("app://cb", "read");
        Map<String, String> byOther = Map.of("token", token, "client_id", other.getString("client_id"),
                "client_secret", other.getString("client_secret"));
        HttpResponse<String> notTheirs = client.postForm("/oauth/revoke", byOther);
        assertEquals(200, notTheirs.statusCode());
        assertEquals(200, verify(token).statusCode());

        Map<String, String> revoke = Map.of("token", token, "client_id", app.getString("client_id"),
                "client_secret", app.getString("client_secret"));
        HttpResponse<String> revoked = client.postForm("/oauth/revoke", revoke);
        assertEquals(200, revoked.statusCode());
        assertEquals("{}", revoked.body());
        HttpResponse<String> after = verify(token);
        assertEquals(401, after.statusCode());
        assertEquals("The access token is invalid", Http.json(after).getString("error"));
        assertEquals(200, client.postForm("/oauth/revoke", revoke).statusCode());
        assertEquals(200, client.post("/oauth/revoke", "application/json",
                new JsonObject(new java.util.HashMap<String, Object>(revoke)).put("token", "unknown").encode()).statusCode());
    }

    @Test
    void tokensFromTheCommandLineWorkTheSame() {
        Cli.Result result = Cli.run("admin", "create-token", "alice", "--scopes", "read write follow",
                "--database-url", node.db().url(), "--domain", node.domain(), "--dev");
        assertEquals(0, result.exitCode(), result.err());
        HttpResponse<String> me = verify(result.lastLine());
        assertEquals(200, me.statusCode(), me.body());
        JsonObject account = Http.json(me);
        assertEquals(String.valueOf(Fixtures.ALICE.id()), account.getString("id"));
        assertEquals("alice", account.getString("username"));
        assertEquals("alice", account.getString("acct"));
        assertEquals("Alice", account.getString("display_name"));
        assertEquals(node.url("/users/alice"), account.getString("uri"));
        assertEquals(node.url("/@alice"), account.getString("url"));
        assertEquals(node.url("/static/avatar.png"), account.getString("avatar"));
        assertEquals(node.url("/static/header.png"), account.getString("header_static"));
        assertTrue(account.getString("created_at").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                account.getString("created_at"));
        assertFalse(account.getBoolean("bot"));
        assertFalse(account.getBoolean("group"));
        assertTrue(account.containsKey("last_status_at") && account.getValue("last_status_at") == null);
        assertEquals(new JsonArray(), account.getJsonArray("fields"));
        assertEquals(new JsonArray(), account.getJsonArray("emojis"));
        assertEquals(new JsonArray(), account.getJsonArray("roles"));
        assertEquals(0, account.getInteger("followers_count"));
        JsonObject source = account.getJsonObject("source");
        assertEquals("public", source.getString("privacy"));
        assertEquals(0, source.getInteger("follow_requests_count"));
        assertEquals(new JsonArray(), source.getJsonArray("fields"));
        // and on the app endpoint, which has no app to name
        assertEquals(200, Http.get(node.url("/api/v1/apps/verify_credentials"),
                "Authorization", "Bearer " + result.lastLine()).statusCode());
    }

    @Test
    void scopesAreEnforced() {
        HttpResponse<String> none = Http.get(node.url(VERIFY), "Accept", "application/json");
        assertEquals(401, none.statusCode());
        assertEquals("The access token is invalid", Http.json(none).getString("error"));
        assertTrue(none.headers().firstValue("www-authenticate").orElse("").startsWith("Bearer"));
        assertEquals(401, verify("not-a-token").statusCode());
        assertEquals(401, verify("x".repeat(5000)).statusCode());
        assertEquals(401, Http.get(node.url(VERIFY), "Authorization", "Basic Zm9vOmJhcg==").statusCode());

        JsonObject app = client.registerApp("app://cb", "read write profile");
        HttpResponse<String> writeOnly = verify(memberToken(app, "write"));
        assertEquals(403, writeOnly.statusCode());
        assertEquals("This action is outside the authorized scopes", Http.json(writeOnly).getString("error"));
        assertEquals(200, verify(memberToken(app, "profile")).statusCode());
        assertEquals(200, verify(memberToken(app, "read:accounts")).statusCode());

        HttpResponse<String> appOnly = verify(Http.json(clientCredentials(app, "read")).getString("access_token"));
        assertEquals(422, appOnly.statusCode());
        assertEquals("This method requires an authenticated user", Http.json(appOnly).getString("error"));
    }

    @Test
    void publishesAuthorizationServerMetadata() {
        HttpResponse<String> response = Http.get(node.url("/.well-known/oauth-authorization-server"));
        assertEquals(200, response.statusCode());
        JsonObject metadata = Http.json(response);
        assertEquals(node.url("/"), metadata.getString("issuer"));
        assertEquals(node.url("/oauth/authorize"), metadata.getString("authorization_endpoint"));
        assertEquals(node.url("/oauth/token"), metadata.getString("token_endpoint"));
        assertEquals(node.url("/oauth/revoke"), metadata.getString("revocation_endpoint"));
        assertEquals(node.url("/api/v1/apps"), metadata.getString("app_registration_endpoint"));
        assertEquals(new JsonArray().add("code"), metadata.getJsonArray("response_types_supported"));
        assertEquals(new JsonArray().add("authorization_code").add("client_credentials"),
                metadata.getJsonArray("grant_types_supported"));
        assertEquals(new JsonArray().add("S256"), metadata.getJsonArray("code_challenge_methods_supported"));
        assertTrue(metadata.getJsonArray("scopes_supported").contains("read:statuses"));
        assertTrue(metadata.getJsonArray("scopes_supported").contains("follow"));
        assertTrue(metadata.getJsonArray("token_endpoint_auth_methods_supported").contains("client_secret_post"));
        assertTrue(metadata.containsKey("service_documentation"));
    }

    @Test
    void answersCorsPreflightsAndExposesLink() {
        for (String path : new String[] {"/api/v1/apps", "/oauth/token", VERIFY, "/.well-known/oauth-authorization-server"}) {
            HttpResponse<String> preflight = Http.send(HttpRequest.newBuilder(URI.create(node.url(path)))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://elk.example")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "authorization, content-type")
                    .build());
            assertTrue(preflight.statusCode() == 204 || preflight.statusCode() == 200, path + " " + preflight.statusCode());
            assertEquals("*", preflight.headers().firstValue("access-control-allow-origin").orElse(""), path);
            String methods = preflight.headers().firstValue("access-control-allow-methods").orElse("");
            for (String method : new String[] {"GET", "POST", "PUT", "PATCH", "DELETE"}) {
                assertTrue(methods.contains(method), methods);
            }
            String headers = preflight.headers().firstValue("access-control-allow-headers").orElse("").toLowerCase();
            assertTrue(headers.contains("authorization") && headers.contains("content-type")
                    && headers.contains("idempotency-key"), headers);
        }
        HttpResponse<String> simple = Http.get(node.url(VERIFY), "Origin", "https://elk.example");
        assertEquals(401, simple.statusCode());
        assertEquals("*", simple.headers().firstValue("access-control-allow-origin").orElse(""));
        assertTrue(simple.headers().firstValue("access-control-expose-headers").orElse("").contains("Link"));
    }
}
