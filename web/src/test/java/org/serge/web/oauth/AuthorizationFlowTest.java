package org.serge.web.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.crypto.SecretTokens;
import org.serge.core.oauth.Pkce;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

class AuthorizationFlowTest {

    private static final String REDIRECT = "https://client.example/callback";
    private static final String ALICE = Fixtures.ALICE.username();
    private static final String PASSWORD = Fixtures.ALICE.password();

    private static TestNode node;
    private static Vertx vertx;
    private static Pool pool;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
        vertx = Vertx.vertx();
        pool = node.db().pool(vertx);
    }

    @AfterAll
    static void stop() {
        pool.close();
        vertx.close();
        node.close();
    }

    @Test
    void fullCodeFlowWithPkceGivesATokenThatSpeaksForTheMember() {
        OAuthTestClient client = new OAuthTestClient(node);
        JsonObject app = client.registerApp(REDIRECT + " app://other", "read write follow");
        String verifier = SecretTokens.random(48);
        HttpResponse<String> page = client.browserGet(OAuthTestClient.authorizeQuery(app, REDIRECT, "read+write",
                "st ate&1", Pkce.challengeOf(verifier)));
        assertEquals(200, page.statusCode());
        assertTrue(Http.contentType(page).startsWith("text/html"));
        assertEquals("DENY", page.headers().firstValue("x-frame-options").orElse(""));
        String csp = page.headers().firstValue("content-security-policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), csp);
        String cookie = page.headers().firstValue("set-cookie").orElse("");
        assertTrue(cookie.toLowerCase().contains("httponly") && cookie.contains("SameSite=Lax"), cookie);
        assertTrue(page.body().contains("Test app") && page.body().contains("read") && page.body().contains("write"));
        assertTrue(page.body().contains("Authorize"));

        Map<String, String> fields = OAuthTestClient.hiddenFields(page.body());
        fields.put("username", ALICE);
        fields.put("password", PASSWORD);
        HttpResponse<String> redirect = client.browserPost("/oauth/authorize", fields);
        assertEquals(302, redirect.statusCode(), redirect.body());
        String location = redirect.headers().firstValue("location").orElseThrow();
        assertTrue(location.startsWith(REDIRECT + "?code="), location);
        Map<String, String> params = OAuthTestClient.redirectParams(redirect);
        assertEquals("st ate&1", params.get("state"));
        String code = params.get("code");

        HttpResponse<String> wrongVerifier = client.exchange(app, code, REDIRECT, SecretTokens.random(48));
        assertEquals(400, wrongVerifier.statusCode());
        assertEquals("invalid_grant", Http.json(wrongVerifier).getString("error"));
        assertNotNull(Http.json(wrongVerifier).getString("error_description"));

        // the code was burnt by the failed attempt: start again
        code = OAuthTestClient.redirectParams(client.login(OAuthTestClient.authorizeQuery(app, REDIRECT,
                "read write", "s2", Pkce.challengeOf(verifier)), ALICE, PASSWORD)).get("code");
        HttpResponse<String> token = client.exchange(app, code, REDIRECT, verifier);
        assertEquals(200, token.statusCode(), token.body());
        JsonObject body = Http.json(token);
        assertEquals("Bearer", body.getString("token_type"));
        assertEquals("read write", body.getString("scope"));
        assertTrue(body.getValue("created_at") instanceof Integer || body.getValue("created_at") instanceof Long);
        assertTrue(Math.abs(body.getLong("created_at") - System.currentTimeMillis() / 1000) < 60);
        assertEquals("no-store", token.headers().firstValue("cache-control").orElse(""));
        String accessToken = body.getString("access_token");

        HttpResponse<String> me = Http.get(node.url("/api/v1/accounts/verify_credentials"),
                "Authorization", "Bearer " + accessToken);
        assertEquals(200, me.statusCode(), me.body());
        assertEquals(ALICE, Http.json(me).getString("username"));

        HttpResponse<String> reused = client.exchange(app, code, REDIRECT, verifier);
        assertEquals(400, reused.statusCode());
        assertEquals("invalid_grant", Http.json(reused).getString("error"));
        // a code that comes back has leaked: the token it gave is revoked
        assertEquals(401, Http.get(node.url("/api/v1/accounts/verify_credentials"),
                "Authorization", "Bearer " + accessToken).statusCode());
    }

    @Test
    void codesAreBoundToTheRedirectUriAndTheClient() {
        OAuthTestClient client = new OAuthTestClient(node);
        JsonObject app = client.registerApp(REDIRECT + " app://other", "read");
        JsonObject otherApp = client.registerApp(REDIRECT, "read");
        String code = OAuthTestClient.redirectParams(client.login(
                OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", null), ALICE, PASSWORD)).get("code");
        HttpResponse<String> wrongRedirect = client.exchange(app, code, "app://other", null);
        assertEquals(400, wrongRedirect.statusCode());
        assertEquals("invalid_grant", Http.json(wrongRedirect).getString("error"));

        String code2 = OAuthTestClient.redirectParams(client.login(
                OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", null), ALICE, PASSWORD)).get("code");
        assertEquals("invalid_grant", Http.json(client.exchange(otherApp, code2, REDIRECT, null)).getString("error"));

        String code3 = OAuthTestClient.redirectParams(client.login(
                OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", null), ALICE, PASSWORD)).get("code");
        JsonObject badSecret = app.copy().put("client_secret", "nope");
        HttpResponse<String> badClient = client.exchange(badSecret, code3, REDIRECT, null);
        assertEquals(401, badClient.statusCode());
        assertEquals("invalid_client", Http.json(badClient).getString("error"));
        // client_secret_basic works too, and the code was not burnt by an unauthenticated client
        String basic = java.util.Base64.getEncoder().encodeToString(
                (app.getString("client_id") + ":" + app.getString("client_secret")).getBytes());
        HttpResponse<String> token = client.postForm("/oauth/token", Map.of("grant_type", "authorization_code",
                "code", code3, "redirect_uri", REDIRECT), "Authorization", "Basic " + basic);
        assertEquals(200, token.statusCode(), token.body());
    }

    @Test
    void outOfBandFlowShowsTheCode() {
        OAuthTestClient client = new OAuthTestClient(node);
        JsonObject app = client.registerApp("urn:ietf:wg:oauth:2.0:oob", "read");
        HttpResponse<String> page = client.login(
                OAuthTestClient.authorizeQuery(app, "urn:ietf:wg:oauth:2.0:oob", "read", "", null), ALICE, PASSWORD);
        assertEquals(200, page.statusCode());
        Matcher matcher = Pattern.compile("readonly value=\"([A-Za-z0-9_-]{43})\"").matcher(page.body());
        assertTrue(matcher.find(), page.body());
        HttpResponse<String> token = client.exchange(app, matcher.group(1), "urn:ietf:wg:oauth:2.0:oob", null);
        assertEquals(200, token.statusCode(), token.body());
    }

    @Test
    void thePageEscapesWhatTheClientControls() {
        OAuthTestClient client = new OAuthTestClient(node);
        JsonObject registration = new JsonObject().put("client_name", "<script>alert(1)</script>\"'")
                .put("redirect_uris", REDIRECT);
        JsonObject app = Http.json(client.post("/api/v1/apps", "application/json", registration.encode()));
        HttpResponse<String> page = client.browserGet(OAuthTestClient.authorizeQuery(app, REDIRECT, "read",
                "\"><script>evil()</script>", null));
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<script>"), page.body());
        assertTrue(page.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;"));
        assertTrue(page.body().contains("&quot;&gt;&lt;script&gt;evil()&lt;/script&gt;"));
    }

    @Test
    void invalidRequestsGetAnErrorPageAndNeverARedirect() {
        OAuthTestClient client = new OAuthTestClient(node);
        JsonObject app = client.registerApp(REDIRECT, "read");
        String[] bad = {
            "/oauth/authorize?response_type=code&client_id=unknown&redirect_uri=" + REDIRECT,
            OAuthTestClient.authorizeQuery(app, "https://evil.example/", "read", "s", null),
            OAuthTestClient.authorizeQuery(app, REDIRECT, "write", "s", null),
            OAuthTestClient.authorizeQuery(app, REDIRECT, "read nonsense", "s", null),
            OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", null).replace("response_type=code", "response_type=token"),
            OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", SecretTokens.random(32)).replace("S256", "plain"),
            OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", "short"),
        };
        for (String query : bad) {
            HttpResponse<String> response = client.browserGet(query);
            assertEquals(400, response.statusCode(), query);
            assertTrue(Http.contentType(response).startsWith("text/html"), query);
            assertTrue(response.headers().firstValue("location").isEmpty(), query);
        }
        // with a trailing slash too
        assertEquals(200, client.browserGet(OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", null)
                .replace("/oauth/authorize?", "/oauth/authorize/?")).statusCode());
    }

    @Test
    void csrfFailuresAreRefusedAndIssueNoCode() throws Exception {
        OAuthTestClient client = new OAuthTestClient(node);
        JsonObject app = client.registerApp(REDIRECT, "read");
        HttpResponse<String> page = client.browserGet(OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", null));
        Map<String, String> fields = OAuthTestClient.hiddenFields(page.body());
        fields.put("username", ALICE);
        fields.put("password", PASSWORD);
        long before = codes();

        Map<String, String> mismatched = new java.util.LinkedHashMap<>(fields);
        mismatched.put("authenticity_token", SecretTokens.random(32));
        assertEquals(403, client.browserPost("/oauth/authorize", mismatched).statusCode());

        Map<String, String> missing = new java.util.LinkedHashMap<>(fields);
        missing.remove("authenticity_token");
        assertEquals(403, client.browserPost("/oauth/authorize", missing).statusCode());

        // another browser (no cookie) posting the right field, as a cross-site form would
        HttpResponse<String> noCookie = new OAuthTestClient(node).browserPost("/oauth/authorize", fields);
        assertEquals(403, noCookie.statusCode());
        assertTrue(noCookie.headers().firstValue("location").isEmpty());
        assertEquals(before, codes());

        assertEquals(302, client.browserPost("/oauth/authorize", fields).statusCode());
        assertEquals(before + 1, codes());
    }

    @Test
    void aWrongPasswordShowsThePageAgainWithoutACode() throws Exception {
        OAuthTestClient client = new OAuthTestClient(node);
        JsonObject app = client.registerApp(REDIRECT, "read");
        long before = codes();
        HttpResponse<String> wrong = client.login(OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", null),
                Fixtures.CAROL.username(), "not the password");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Wrong username"), wrong.body());
        assertTrue(wrong.body().contains("<form"));
        assertTrue(wrong.headers().firstValue("location").isEmpty());
        HttpResponse<String> unknown = client.login(OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", null),
                "nobody", "whatever");
        assertTrue(unknown.body().contains("Wrong username"));
        assertEquals(before, codes());
        // by email address
        HttpResponse<String> byEmail = client.login(OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", null),
                Fixtures.CAROL.username() + "@example.test", Fixtures.CAROL.password());
        assertEquals(302, byEmail.statusCode(), byEmail.body());
    }

    @Test
    void fiveFailuresLockTheAccountForAWhile() throws Exception {
        OAuthTestClient client = new OAuthTestClient(node);
        JsonObject app = client.registerApp(REDIRECT, "read");
        String query = OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "s", null);
        for (int i = 0; i < 5; i++) {
            assertEquals(200, client.login(query, Fixtures.BOB.username(), "guess " + i).statusCode());
        }
        long before = codes();
        HttpResponse<String> locked = client.login(query, Fixtures.BOB.username(), Fixtures.BOB.password());
        assertEquals(429, locked.statusCode(), locked.body());
        assertEquals(before, codes());
        // by email it is the same account
        assertEquals(429, client.login(query, "bob@example.test", Fixtures.BOB.password()).statusCode());
        // other members are not locked out
        assertEquals(302, client.login(query, ALICE, PASSWORD).statusCode());
    }

    @Test
    void denyingSendsAccessDeniedToTheApp() {
        OAuthTestClient client = new OAuthTestClient(node);
        JsonObject app = client.registerApp(REDIRECT, "read");
        HttpResponse<String> page = client.browserGet(OAuthTestClient.authorizeQuery(app, REDIRECT, "read", "x", null));
        Map<String, String> fields = OAuthTestClient.hiddenFields(page.body());
        fields.put("decision", "deny");
        HttpResponse<String> denied = client.browserPost("/oauth/authorize", fields);
        assertEquals(302, denied.statusCode());
        Map<String, String> params = OAuthTestClient.redirectParams(denied);
        assertEquals("access_denied", params.get("error"));
        assertEquals("x", params.get("state"));
        assertFalse(params.containsKey("code"));
    }

    private static long codes() throws Exception {
        return pool.query("SELECT count(*) FROM oauth_authorization_codes").execute()
                .toCompletionStage().toCompletableFuture().get().iterator().next().getLong(0);
    }
}
