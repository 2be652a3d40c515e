package org.serge.web.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.config.NodeConfig;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.testkit.Fixtures;
import org.serge.testkit.FreePorts;
import org.serge.web.Node;
import org.serge.web.api.ApiClient;
import org.serge.web.testing.TestNode;

class StreamingTest {

    private static TestNode node;
    private static Vertx vertx;
    private static int port;
    private static String aliceRead;
    private static String carolRead;
    private static Account alice;
    private static Account bob;
    private static Account carol;

    @BeforeAll
    static void start() {
        node = TestNode.start().with(Fixtures.ALICE, Fixtures.BOB, Fixtures.CAROL);
        vertx = Vertx.vertx();
        port = node.node().config().port();
        aliceRead = ApiClient.as(node, "alice", "read").token();
        carolRead = ApiClient.as(node, "carol", "read").token();
        alice = node.member("alice");
        bob = node.member("bob");
        carol = node.member("carol");
        node.await(node.node().wiring().follows().follow(alice, bob));
    }

    @AfterAll
    static void stop() {
        vertx.close();
        node.close();
    }

    private static Status post(Account author, String text, Visibility visibility) {
        return node.await(node.node().wiring().statuses().post(author, PostRequest.text(text, visibility)));
    }

    private static StreamClient open(String uri, String bearer, String subprotocol) {
        return StreamClient.open(vertx, port, uri, bearer, subprotocol);
    }

    private static int rejected(String uri, String bearer) {
        Throwable error = assertThrows(RuntimeException.class,
                () -> StreamClient.await(StreamClient.connect(vertx, port, uri, bearer, null)));
        while (error.getCause() != null && !(error instanceof UpgradeRejectedException)) {
            error = error.getCause();
        }
        return assertInstanceOf(UpgradeRejectedException.class, error).getStatus();
    }

    @Test
    void healthAnswersOk() throws Exception {
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(node.url("/api/v1/streaming/health"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertEquals("OK", health.body());
    }

    @Test
    void refusesBeforeUpgradeWithoutAValidTokenOrScope() {
        assertEquals(401, rejected("/api/v1/streaming?stream=public", null));
        assertEquals(401, rejected("/api/v1/streaming?stream=public", "not-a-token"));
        assertEquals(401, rejected("/api/v1/streaming?stream=public&access_token=forged", null));
        String writeOnly = ApiClient.as(node, "alice", "write").token();
        assertEquals(403, rejected("/api/v1/streaming?stream=public", writeOnly));
        String statusesOnly = ApiClient.as(node, "alice", "read:statuses").token();
        assertEquals(403, rejected("/api/v1/streaming?stream=user:notification", statusesOnly));
        assertEquals(400, rejected("/api/v1/streaming?stream=nonsense", aliceRead));
        assertEquals(400, rejected("/api/v1/streaming?stream=hashtag", aliceRead));
    }

    @Test
    void userStreamWithBearerHeaderCarriesFollowedAndOwnStatuses() {
        try (StreamClient stream = open("/api/v1/streaming?stream=user", aliceRead, null)) {
            post(carol, "carol is not followed", Visibility.PUBLIC);
            Status followersOnly = post(bob, "bob to his followers", Visibility.PRIVATE);
            JsonObject frame = stream.next(StreamClient.event("update", "bob to his followers"));
            assertEquals(new JsonArray().add("user"), frame.getJsonArray("stream"));
            JsonObject status = new JsonObject(frame.getString("payload"));
            assertEquals(String.valueOf(followersOnly.id()), status.getString("id"));
            assertEquals("bob", status.getJsonObject("account").getString("username"));
            assertEquals("private", status.getString("visibility"));
            assertFalse(status.getBoolean("favourited"));

            post(alice, "alice herself", Visibility.PUBLIC);
            List<JsonObject> seen = stream.until(StreamClient.event("update", "alice herself"));
            assertTrue(seen.stream().noneMatch(StreamClient.event("update", "carol is not followed")::test), seen::toString);
        }
    }

    @Test
    void listStreamCarriesItsMembersAndMutedAccountsAreLeftOut() {
        ApiClient aliceApi = ApiClient.as(node, "alice", "read write follow");
        String list = ApiClient.object(aliceApi.form("POST", "/api/v1/lists", "title=Depot")).getString("id");
        ApiClient.object(aliceApi.form("POST", "/api/v1/lists/" + list + "/accounts", "account_ids[]=" + bob.id()));
        try (StreamClient stream = open("/api/v1/streaming?stream=list&list=" + list, aliceRead, null)) {
            assertNull(stream.socket().subProtocol(), "no subprotocol offered, none answered");
            post(carol, "carol is not in the list", Visibility.PUBLIC);
            post(bob, "bob is in the list", Visibility.PUBLIC);
            List<JsonObject> seen = stream.until(StreamClient.event("update", "bob is in the list"));
            assertEquals(new JsonArray().add("list").add(list), seen.get(seen.size() - 1).getJsonArray("stream"));
            assertEquals(1, seen.size(), seen::toString);
        }
        ApiClient.object(aliceApi.post("/api/v1/accounts/" + bob.id() + "/mute"));
        try (StreamClient stream = open("/api/v1/streaming?stream=user", aliceRead, null)) {
            post(bob, "bob while muted", Visibility.PUBLIC);
            post(alice, "alice after the mute", Visibility.PUBLIC);
            List<JsonObject> seen = stream.until(StreamClient.event("update", "alice after the mute"));
            assertTrue(seen.stream().noneMatch(StreamClient.event("update", "bob while muted")::test), seen::toString);
        } finally {
            ApiClient.object(aliceApi.post("/api/v1/accounts/" + bob.id() + "/unmute"));
        }
    }

    @Test
    void subprotocolTokenIsEchoedAndPublicLocalCarriesOnlyPublicStatuses() {
        try (StreamClient stream = open("/api/v1/streaming?stream=public:local", null, aliceRead)) {
            assertEquals(aliceRead, stream.socket().subProtocol());
            post(bob, "bob followers only secret", Visibility.PRIVATE);
            post(carol, "carol unlisted", Visibility.UNLISTED);
            post(carol, "carol in public", Visibility.PUBLIC);
            List<JsonObject> seen = stream.until(StreamClient.event("update", "carol in public"));
            assertEquals(new JsonArray().add("public:local"), seen.get(seen.size() - 1).getJsonArray("stream"));
            assertEquals(1, seen.size(), "only the public post: " + seen);
        }
    }

    @Test
    void queryTokenAndNotificationsOfFollowsAndMentions() {
        try (StreamClient stream = open("/api/v1/streaming?stream=user:notification&access_token=" + aliceRead,
                null, null)) {
            node.await(node.node().wiring().follows().follow(carol, alice));
            JsonObject follow = stream.next(StreamClient.event("notification", "\"follow\""));
            assertEquals(new JsonArray().add("user:notification"), follow.getJsonArray("stream"));
            JsonObject notification = new JsonObject(follow.getString("payload"));
            assertEquals("follow", notification.getString("type"));
            assertEquals("carol", notification.getJsonObject("account").getString("username"));

            post(bob, "@alice are you coming?", Visibility.PUBLIC);
            JsonObject mention = new JsonObject(stream.next(StreamClient.event("notification", "\"mention\""))
                    .getString("payload"));
            assertTrue(mention.getJsonObject("status").getString("content").contains("are you coming"));
        }
    }

    @Test
    void hashtagSubscribeAndUnsubscribeMessages() {
        try (StreamClient stream = open("/api/v1/streaming", aliceRead, null)) {
            stream.send(new JsonObject().put("type", "subscribe").put("stream", "hashtag").put("tag", "Strike"));
            post(carol, "all out on #strike", Visibility.PUBLIC);
            post(carol, "no tag here", Visibility.PUBLIC);
            JsonObject frame = stream.next(StreamClient.event("update", "all out on"));
            assertEquals(new JsonArray().add("hashtag").add("strike"), frame.getJsonArray("stream"));

            stream.send(new JsonObject().put("type", "unsubscribe").put("stream", "hashtag").put("tag", "strike"));
            post(carol, "again #strike", Visibility.PUBLIC);
            stream.send(new JsonObject().put("type", "subscribe").put("stream", "public"));
            post(carol, "a marker", Visibility.PUBLIC);
            List<JsonObject> seen = stream.until(StreamClient.event("update", "a marker"));
            assertTrue(seen.stream().noneMatch(f -> f.getJsonArray("stream").contains("hashtag")), seen::toString);

            stream.send(new JsonObject().put("type", "subscribe").put("stream", "bogus"));
            JsonObject error = stream.next(f -> f.containsKey("error"));
            assertEquals(400, error.getInteger("status"));
        }
    }

    @Test
    void deletesEditsAndDirectMessages() {
        try (StreamClient aliceUser = open("/api/v1/streaming?stream=user", aliceRead, null);
             StreamClient carolDirect = open("/api/v1/streaming?stream=direct", carolRead, null);
             StreamClient aliceDirect = open("/api/v1/streaming?stream=direct", aliceRead, null)) {
            Status status = post(bob, "soon gone", Visibility.PUBLIC);
            aliceUser.next(StreamClient.event("update", "soon gone"));
            node.await(node.node().wiring().statuses().edit(bob, status.id(),
                    PostRequest.text("soon gone, edited", Visibility.PUBLIC)));
            aliceUser.next(StreamClient.event("status.update", "soon gone, edited"));
            node.await(node.node().wiring().statuses().delete(bob, status.id()));
            JsonObject deleted = aliceUser.next(f -> "delete".equals(f.getString("event")));
            assertEquals(String.valueOf(status.id()), deleted.getString("payload"));

            Status secret = post(bob, "@alice just between us", Visibility.DIRECT);
            JsonObject direct = aliceDirect.next(StreamClient.event("conversation", "just between us"));
            assertEquals(new JsonArray().add("direct"), direct.getJsonArray("stream"));
            JsonObject conversation = new JsonObject(direct.getString("payload"));
            assertTrue(conversation.getBoolean("unread"));
            assertEquals("bob", conversation.getJsonArray("accounts").getJsonObject(0).getString("username"));
            assertEquals(String.valueOf(secret.id()), conversation.getJsonObject("last_status").getString("id"));
            post(carol, "@alice a marker for carol", Visibility.DIRECT);
            List<JsonObject> carolSaw = carolDirect.until(StreamClient.event("conversation", "a marker for carol"));
            assertEquals(1, carolSaw.size(), carolSaw::toString);
            assertTrue(carolSaw.stream().noneMatch(f -> "update".equals(f.getString("event"))),
                    "the direct stream carries conversations, as Mastodon's");
        }
    }

    @Test
    void followedHashtagsAndStruggleReportsReachTheUserStream() {
        ApiClient aliceApi = ApiClient.as(node, "alice", "read write follow");
        ApiClient carolApi = ApiClient.as(node, "carol", "read write follow");
        ApiClient.object(aliceApi.post("/api/v1/tags/Sitdown/follow"));
        ApiClient.object(aliceApi.post("/api/serge/v1/countries/PT/follow"));
        try (StreamClient stream = open("/api/v1/streaming?stream=user", aliceRead, null)) {
            post(carol, "a #sitdown, followers only", Visibility.PRIVATE);
            post(carol, "a #sitdown, unlisted", Visibility.UNLISTED);
            post(carol, "@bob a #sitdown, direct", Visibility.DIRECT);
            Status tagged = post(carol, "the #SitDown has begun", Visibility.PUBLIC);
            JsonObject frame = stream.next(StreamClient.event("update", "has begun"));
            assertEquals(new JsonArray().add("user"), frame.getJsonArray("stream"));
            assertEquals(String.valueOf(tagged.id()), new JsonObject(frame.getString("payload")).getString("id"));

            JsonObject report = new JsonObject().put("title", "Lisbon port strike").put("summary", "Dockers out")
                    .put("employer", new JsonObject().put("legal_name", "Porto de Lisboa SA").put("country", "PT"))
                    .put("country", "PT").put("action_type", "strike").put("authorisation", "official")
                    .put("status", "ongoing");
            String statusId = ApiClient.object(carolApi.json("POST", "/api/serge/v1/reports", report))
                    .getString("status_id");
            JsonObject reported = stream.next(StreamClient.event("update", "Lisbon port strike"));
            assertEquals(statusId, new JsonObject(reported.getString("payload")).getString("id"));

            post(carol, "an untagged marker", Visibility.PUBLIC);
            post(alice, "alice marks the end", Visibility.PUBLIC);
            List<JsonObject> seen = stream.until(StreamClient.event("update", "alice marks the end"));
            assertTrue(seen.stream().noneMatch(f -> f.getString("payload").contains("followers only")
                    || f.getString("payload").contains("unlisted") || f.getString("payload").contains("direct")
                    || f.getString("payload").contains("untagged marker")), seen::toString);

            node.await(node.node().wiring().statuses().delete(carol, tagged.id()));
            JsonObject deleted = stream.next(f -> "delete".equals(f.getString("event"))
                    && String.valueOf(tagged.id()).equals(f.getString("payload")));
            assertEquals(new JsonArray().add("user"), deleted.getJsonArray("stream"));
        } finally {
            ApiClient.object(aliceApi.post("/api/v1/tags/sitdown/unfollow"));
            ApiClient.object(aliceApi.send("DELETE", "/api/serge/v1/countries/PT/follow", null, null));
        }
    }

    @Test
    void anotherProcessOnTheSameDatabaseStreamsWhatThisOneStores() throws Exception {
        int secondPort = FreePorts.next();
        NodeConfig config = new NodeConfig(node.domain(), secondPort, Files.createTempDirectory("serge-node-"),
                node.db().url(), true, "org", "Test Workers' Union", "A union for tests", false);
        Node second = Node.start(config);
        try (StreamClient stream = StreamClient.open(vertx, secondPort, "/api/v1/streaming?stream=public:local",
                aliceRead, null)) {
            post(bob, "stored by the first process", Visibility.PUBLIC);
            JsonObject frame = stream.next(StreamClient.event("update", "stored by the first process"));
            assertEquals(new JsonArray().add("public:local"), frame.getJsonArray("stream"));
        } finally {
            second.stop();
        }
    }
}
