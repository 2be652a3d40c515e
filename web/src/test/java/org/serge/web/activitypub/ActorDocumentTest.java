package org.serge.web.activitypub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.serge.core.crypto.Multikey;
import org.serge.core.crypto.RsaKeys;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

class ActorDocumentTest {

    private static final String AS_JSON = "application/activity+json";
    private static final String LD_JSON = "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";

    private static TestNode node;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static JsonObject fetch(String path) {
        HttpResponse<String> response = Http.get(node.url(path), "Accept", AS_JSON);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith(AS_JSON), Http.contentType(response));
        return Http.json(response);
    }

    @Test
    void memberIsAPersonWithBothKeysAndAllEndpoints() {
        JsonObject actor = fetch("/users/alice");
        String id = node.url("/users/alice");
        assertEquals(id, actor.getString("id"));
        assertEquals("Person", actor.getString("type"));
        assertEquals("alice", actor.getString("preferredUsername"));
        assertEquals("Alice", actor.getString("name"));
        assertEquals(id + "/inbox", actor.getString("inbox"));
        assertEquals(id + "/outbox", actor.getString("outbox"));
        assertEquals(id + "/followers", actor.getString("followers"));
        assertEquals(id + "/following", actor.getString("following"));
        assertEquals(id + "/collections/featured", actor.getString("featured"));
        assertEquals(node.url("/inbox"), actor.getJsonObject("endpoints").getString("sharedInbox"));
        assertEquals(node.url("/@alice"), actor.getString("url"));
        assertFalse(actor.getBoolean("manuallyApprovesFollowers"));
        assertTrue(actor.getString("published").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"));
        assertEquals("Image", actor.getJsonObject("icon").getString("type"));
        assertTrue(actor.containsKey("summary"));

        JsonObject key = actor.getJsonObject("publicKey");
        assertEquals(id + "#main-key", key.getString("id"));
        assertEquals(id, key.getString("owner"));
        assertEquals(RsaKeys.parsePublic(Fixtures.ALICE.rsaPublicPem()), RsaKeys.parsePublic(key.getString("publicKeyPem")));

        JsonObject multikey = actor.getJsonArray("assertionMethod").getJsonObject(0);
        assertEquals("Multikey", multikey.getString("type"));
        assertEquals(id, multikey.getString("controller"));
        assertEquals(id + "#ed25519-key", multikey.getString("id"));
        assertArrayEquals(Fixtures.ALICE.ed25519Public(), Multikey.decodeEd25519(multikey.getString("publicKeyMultibase")));
        assertTrue(actor.getJsonArray("@context").contains("https://w3id.org/security/v1"));
        assertTrue(actor.getJsonArray("@context").contains("https://www.w3.org/ns/cid/v1"));
    }

    @Test
    void ldJsonWithTheActivityStreamsProfileGetsLdJson() {
        HttpResponse<String> response = Http.get(node.url("/users/alice"), "Accept", LD_JSON);
        assertEquals(200, response.statusCode());
        assertTrue(Http.contentType(response).startsWith("application/ld+json"));
        assertTrue(Http.contentType(response).contains("https://www.w3.org/ns/activitystreams"));
        assertEquals("Person", Http.json(response).getString("type"));
        assertTrue(response.headers().allValues("vary").toString().contains("Accept"));
    }

    @Test
    void browsersGetAnHtmlProfile() {
        for (String path : new String[]{"/users/alice", "/@alice"}) {
            HttpResponse<String> response = Http.get(node.url(path), "Accept", "text/html,application/xhtml+xml");
            assertEquals(200, response.statusCode());
            assertTrue(Http.contentType(response).startsWith("text/html"));
            assertTrue(response.body().contains("@alice@" + node.domain()));
            assertTrue(response.body().contains("<h1>Alice</h1>"));
        }
    }

    @Test
    void theOrganisationIsAGroup() {
        JsonObject group = fetch("/users/org");
        assertEquals("Group", group.getString("type"));
        assertEquals("Test Workers' Union", group.getString("name"));
        assertEquals("A union for tests", group.getString("summary"));
        assertTrue(group.getJsonObject("publicKey").getString("publicKeyPem").startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void theNodeHasAnApplicationActor() {
        JsonObject app = fetch("/actor");
        assertEquals("Application", app.getString("type"));
        assertEquals(node.url("/actor"), app.getString("id"));
        assertEquals(node.url("/actor#main-key"), app.getJsonObject("publicKey").getString("id"));
        assertEquals(node.url("/actor"), app.getJsonObject("publicKey").getString("owner"));
        // the application actor is not also a member profile
        assertEquals(404, Http.get(node.url("/users/localhost"), "Accept", AS_JSON).statusCode());
    }

    @Test
    void collectionsAreEmptyOrderedCollections() {
        for (String name : new String[]{"outbox", "followers", "following", "collections/featured"}) {
            JsonObject collection = fetch("/users/alice/" + name);
            assertEquals("OrderedCollection", collection.getString("type"));
            assertEquals(node.url("/users/alice/" + name), collection.getString("id"));
            assertEquals(0, collection.getInteger("totalItems"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/users/nobody", "/users/nobody/outbox", "/users/%00", "/users/a%2Fb",
            "/users/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "/@nobody", "/no/such/route"})
    void unknownActorsAreJsonNotFound(String path) {
        HttpResponse<String> response = Http.get(node.url(path), "Accept", AS_JSON);
        assertEquals(404, response.statusCode(), path);
        assertTrue(Http.json(response).containsKey("error"));
    }

    @Test
    void unknownPagesAreHtmlForBrowsers() {
        HttpResponse<String> response = Http.get(node.url("/users/nobody"), "Accept", "text/html");
        assertEquals(404, response.statusCode());
        assertTrue(Http.contentType(response).startsWith("text/html"));
    }

    @Test
    void wrongMethodIsRefusedWithoutAServerError() {
        HttpResponse<String> response = Http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(node.url("/.well-known/webfinger?resource=acct:alice@" + node.domain())))
                .DELETE().build());
        assertTrue(response.statusCode() == 404 || response.statusCode() == 405, "" + response.statusCode());
        assertTrue(Http.json(response).containsKey("error"));
    }
}
