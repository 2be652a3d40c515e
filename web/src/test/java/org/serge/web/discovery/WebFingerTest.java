package org.serge.web.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

class WebFingerTest {

    private static TestNode node;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static HttpResponse<String> webfinger(String resource) {
        return Http.get(node.url("/.well-known/webfinger?resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8)));
    }

    private static String selfLink(JsonObject jrd) {
        JsonArray links = jrd.getJsonArray("links");
        for (int i = 0; i < links.size(); i++) {
            JsonObject link = links.getJsonObject(i);
            if ("self".equals(link.getString("rel"))) {
                assertEquals("application/activity+json", link.getString("type"));
                return link.getString("href");
            }
        }
        throw new AssertionError("no self link in " + jrd);
    }

    @Test
    void answersForAMemberWithSubjectAliasesAndSelfLink() {
        HttpResponse<String> response = webfinger("acct:alice@" + node.domain());
        assertEquals(200, response.statusCode());
        assertTrue(Http.contentType(response).startsWith("application/jrd+json"));
        assertEquals("*", response.headers().firstValue("access-control-allow-origin").orElse(""));
        JsonObject jrd = Http.json(response);
        assertEquals("acct:alice@" + node.domain(), jrd.getString("subject"));
        assertEquals(node.url("/users/alice"), selfLink(jrd));
        assertTrue(jrd.getJsonArray("aliases").contains(node.url("/@alice")));
        assertTrue(jrd.getJsonArray("aliases").contains(node.url("/users/alice")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice@%s", "ALICE@%s", "acct:Alice@%s", "@alice@%s"})
    void acceptsTheUsualSpellings(String pattern) {
        HttpResponse<String> response = webfinger(pattern.formatted(node.domain()));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(node.url("/users/alice"), selfLink(Http.json(response)));
    }

    @Test
    void resolvesActorAndProfileUrls() {
        assertEquals(200, webfinger(node.url("/users/alice")).statusCode());
        assertEquals(200, webfinger(node.url("/@alice")).statusCode());
    }

    @Test
    void answersForTheOrganisationGroupAndTheApplicationActor() {
        JsonObject group = Http.json(webfinger("acct:org@" + node.domain()));
        assertEquals(node.url("/users/org"), selfLink(group));
        JsonObject application = Http.json(webfinger("acct:localhost@" + node.domain()));
        assertEquals(node.url("/actor"), selfLink(application));
        assertEquals(node.url("/actor"), selfLink(Http.json(webfinger(node.url("/actor")))));
    }

    @Test
    void missingResourceIsABadRequest() {
        HttpResponse<String> response = Http.get(node.url("/.well-known/webfinger"));
        assertEquals(400, response.statusCode());
        assertTrue(Http.json(response).getString("error").contains("resource"));
        assertEquals(400, Http.get(node.url("/.well-known/webfinger?resource=")).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"acct:", "acct:alice", "acct:@" + "x", "acct:alice@", "alice", "@", "mailto:alice",
            "https://", "http://[::1", "acct:a:b@c"})
    void malformedResourceIsABadRequest(String resource) {
        HttpResponse<String> response = webfinger(resource);
        assertEquals(400, response.statusCode(), resource + " -> " + response.body());
        assertTrue(Http.json(response).containsKey("error"));
    }

    @Test
    void unknownAccountsAndOtherHostsAreNotFound() {
        assertEquals(404, webfinger("acct:nobody@" + node.domain()).statusCode());
        assertEquals(404, webfinger("acct:alice@elsewhere.example").statusCode());
        assertEquals(404, webfinger("https://elsewhere.example/users/alice").statusCode());
        assertEquals(404, webfinger(node.url("/users/alice/followers")).statusCode());
        HttpResponse<String> response = webfinger("acct:nobody@" + node.domain());
        assertTrue(Http.json(response).getString("error").length() > 0);
    }

    @Test
    void hostMetaPointsAtWebFinger() {
        HttpResponse<String> xml = Http.get(node.url("/.well-known/host-meta"));
        assertEquals(200, xml.statusCode());
        assertTrue(Http.contentType(xml).startsWith("application/xrd+xml"));
        assertTrue(xml.body().contains("template=\"" + node.url("/.well-known/webfinger?resource={uri}") + "\""));
        JsonObject json = Http.json(Http.get(node.url("/.well-known/host-meta.json")));
        assertEquals(node.url("/.well-known/webfinger?resource={uri}"),
                json.getJsonArray("links").getJsonObject(0).getString("template"));
    }
}
