package org.serge.web.activitypub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.Http;
import org.serge.web.testing.TestNode;

class StatusServingTest {

    private static final String AS_JSON = "application/activity+json";
    private static TestNode node;
    private static Account alice;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB);
        alice = node.member("alice");
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static Status post(String text, Visibility visibility) {
        return node.await(node.node().wiring().statuses().post(alice, PostRequest.text(text, visibility)));
    }

    @Test
    void aPublicStatusIsServedAsANoteWithItsCreateAndAsAPage() {
        Status status = post("Wage theft at the warehouse <script>", Visibility.PUBLIC);
        HttpResponse<String> response = Http.get(status.uri(), "Accept", AS_JSON);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("vary").orElse("").contains("Signature"));
        JsonObject note = Http.json(response);
        assertEquals("Note", note.getString("type"));
        assertEquals(status.uri(), note.getString("id"));
        assertEquals(node.url("/users/alice"), note.getString("attributedTo"));
        assertTrue(note.getJsonArray("to").contains("https://www.w3.org/ns/activitystreams#Public"));
        assertTrue(note.containsKey("@context"));

        JsonObject create = Http.json(Http.get(status.uri() + "/activity", "Accept", AS_JSON));
        assertEquals("Create", create.getString("type"));
        assertEquals(status.uri(), create.getJsonObject("object").getString("id"));

        HttpResponse<String> page = Http.get(status.url(), "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Wage theft at the warehouse &lt;script&gt;"));
        assertFalse(page.body().contains("<script>"));
    }

    @Test
    void followersOnlyAndDirectStatusesDoNotExistForAnonymousRequests() {
        for (Visibility visibility : new Visibility[]{Visibility.PRIVATE, Visibility.DIRECT}) {
            Status status = post("@bob internal " + visibility, visibility);
            for (String url : new String[]{status.uri(), status.uri() + "/activity"}) {
                HttpResponse<String> response = Http.get(url, "Accept", AS_JSON);
                assertEquals(404, response.statusCode(), url);
                assertFalse(response.body().contains("internal"));
            }
            assertEquals(404, Http.get(status.url(), "Accept", "text/html").statusCode());
        }
    }

    @Test
    void theOutboxIsPagedAndHoldsOnlyPublicAndUnlistedActivities() {
        TestNode fresh = TestNode.start().with(Fixtures.CAROL);
        try {
            Account carol = fresh.member("carol");
            for (int i = 0; i < 23; i++) {
                fresh.await(fresh.node().wiring().statuses().post(carol,
                        PostRequest.text("report " + i, i % 2 == 0 ? Visibility.PUBLIC : Visibility.UNLISTED)));
            }
            fresh.await(fresh.node().wiring().statuses().post(carol, PostRequest.text("private", Visibility.PRIVATE)));
            JsonObject outbox = Http.json(Http.get(fresh.url("/users/carol/outbox"), "Accept", AS_JSON));
            assertEquals(23, outbox.getInteger("totalItems"));
            JsonObject first = Http.json(Http.get(outbox.getString("first"), "Accept", AS_JSON));
            assertEquals("OrderedCollectionPage", first.getString("type"));
            assertEquals(20, first.getJsonArray("orderedItems").size());
            assertEquals("Create", first.getJsonArray("orderedItems").getJsonObject(0).getString("type"));
            JsonObject second = Http.json(Http.get(first.getString("next"), "Accept", AS_JSON));
            assertEquals(3, second.getJsonArray("orderedItems").size());
            assertNull(second.getString("next"));
            assertFalse(second.encode().contains("\"private\""));
            assertEquals(400, Http.get(fresh.url("/users/carol/outbox?page=true&max_id=abc"), "Accept", AS_JSON)
                    .statusCode());
        } finally {
            fresh.close();
        }
    }

    @Test
    void followerListsShowOnlyTheirSize() {
        JsonObject followers = Http.json(Http.get(node.url("/users/alice/followers"), "Accept", AS_JSON));
        assertEquals("OrderedCollection", followers.getString("type"));
        assertEquals(0, followers.getInteger("totalItems"));
        assertFalse(followers.containsKey("first"));
        assertFalse(followers.containsKey("orderedItems"));
    }

    @Test
    void unknownOrMalformedStatusIdsAreNotFound() {
        for (String path : new String[]{"/users/alice/statuses/1", "/users/alice/statuses/x",
                "/users/nobody/statuses/1", "/users/bob/statuses/" + Long.MAX_VALUE}) {
            HttpResponse<String> response = Http.get(node.url(path), "Accept", AS_JSON);
            assertEquals(404, response.statusCode(), path);
            assertTrue(Http.json(response).containsKey("error"));
        }
    }

    @Test
    void withAuthorizedFetchOnlySignedRequestsGetDocuments() {
        TestNode guarded = TestNode.startWithAuthorizedFetch().with(Fixtures.ALICE);
        TestNode peer = TestNode.start();
        try {
            assertEquals(401, Http.get(guarded.url("/users/alice"), "Accept", AS_JSON).statusCode());
            assertEquals(401, Http.get(guarded.url("/users/alice/outbox"), "Accept", AS_JSON).statusCode());
            assertEquals(200, Http.get(guarded.url("/actor"), "Accept", AS_JSON).statusCode(),
                    "the application actor stays public so that others can verify our signed fetches");
            assertEquals(200, Http.get(guarded.url("/users/alice"), "Accept", "text/html").statusCode());
            HttpResponse<String> forged = Http.get(guarded.url("/users/alice"), "Accept", AS_JSON,
                    "Signature", "keyId=\"" + peer.url("/actor#main-key") + "\",headers=\"(request-target) host date\","
                            + "signature=\"AAAA\"", "Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                            .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)));
            assertEquals(401, forged.statusCode());
            // the peer's fetcher signs with its application actor
            assertEquals(guarded.url("/users/alice"),
                    peer.await(peer.node().wiring().fetcher().fetch(guarded.url("/users/alice"))).id());
        } finally {
            peer.close();
            guarded.close();
        }
    }
}
