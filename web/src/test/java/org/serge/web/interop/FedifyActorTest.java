package org.serge.web.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.PostRequest;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.testkit.Eventually;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.serge.core.crypto.Multikey;
import org.serge.core.crypto.RsaKeys;
import org.serge.testkit.Fixtures;
import org.serge.web.testing.TestNode;

/**
 * Serge's actors as an independent implementation, Fedify 2.3.6, sees them. Needs {@code (cd interop/fedify &&
 * npm ci)} once; see CONTRIBUTING.md.
 */
class FedifyActorTest {

    private static TestNode node;
    private static FedifyPeer fedify;

    @BeforeAll
    static void start() {
        fedify = FedifyPeer.start();
        node = TestNode.start().with(Fixtures.ALICE);
    }

    @AfterAll
    static void stop() {
        if (fedify != null) {
            fedify.close();
        }
        if (node != null) {
            node.close();
        }
    }

    private static String alice() {
        return node.url("/users/alice");
    }

    @Test
    void fedifyReadsAliceAsAPersonWithHerKeys() {
        JsonObject actor = fedify.lookup(alice());
        assertAlice(actor);
    }

    @Test
    void fedifyFindsAliceByHerHandleThroughWebFinger() {
        JsonObject actor = fedify.lookup("@alice@" + node.domain());
        assertAlice(actor);
        assertTrue(fedify.outgoing().stream().map(JsonObject.class::cast)
                        .anyMatch(r -> r.getString("url").startsWith(node.url("/.well-known/webfinger?"))),
                "the handle was resolved through Serge's WebFinger: " + fedify.outgoing());
    }

    @Test
    void fedifyResolvesAlicesKeysAsItDoesToVerifyHerSignatures() {
        JsonObject rsa = fedify.fetchKey(alice() + "#main-key", false);
        assertEquals(true, rsa.getBoolean("found"), rsa.encodePrettily());
        assertEquals(alice() + "#main-key", rsa.getString("id"));
        assertEquals(alice(), rsa.getString("owner"));
        assertEquals(RsaKeys.parsePublic(Fixtures.ALICE.rsaPublicPem()), RsaKeys.parsePublic(rsa.getString("publicKeyPem")));

        JsonObject ed25519 = fedify.fetchKey(alice() + "#ed25519-key", true);
        assertEquals(true, ed25519.getBoolean("found"), ed25519.encodePrettily());
        assertEquals(alice(), ed25519.getString("controller"));
        assertEquals("Ed25519", ed25519.getString("algorithm"));
        assertArrayEquals(Fixtures.ALICE.ed25519Public(), Multikey.decodeEd25519(ed25519.getString("publicKeyMultibase")));
    }

    @Test
    void fedifyReadsTheOrganisationAsAGroupAndTheNodeAsAnApplication() {
        JsonObject group = fedify.lookup(node.url("/users/org"));
        assertEquals(true, group.getBoolean("found"), group.encodePrettily());
        assertEquals("Group", group.getString("type"));
        assertEquals(node.url("/users/org"), group.getString("id"));
        assertEquals(1, group.getJsonArray("publicKeys").size(), group.encodePrettily());

        JsonObject application = fedify.lookup(node.url("/actor"));
        assertEquals(true, application.getBoolean("found"), application.encodePrettily());
        assertEquals("Application", application.getString("type"));
        assertEquals(node.url("/actor"), application.getString("id"));
        assertEquals(1, application.getJsonArray("publicKeys").size(), application.encodePrettily());
    }

    private static void assertAlice(JsonObject actor) {
        String id = alice();
        assertEquals(true, actor.getBoolean("found"), "Fedify could not read " + id + ":\n" + fedify.log());
        assertEquals("Person", actor.getString("type"), actor.encodePrettily());
        assertEquals(id, actor.getString("id"));
        assertEquals("alice", actor.getString("preferredUsername"));
        assertEquals("Alice", actor.getString("name"));
        assertEquals(id + "/inbox", actor.getString("inbox"));
        assertEquals(id + "/outbox", actor.getString("outbox"));
        assertEquals(id + "/followers", actor.getString("followers"));
        assertEquals(id + "/following", actor.getString("following"));
        assertEquals(node.url("/inbox"), actor.getString("sharedInbox"));

        JsonArray publicKeys = actor.getJsonArray("publicKeys");
        assertEquals(1, publicKeys.size(), actor.encodePrettily());
        JsonObject key = publicKeys.getJsonObject(0);
        assertEquals(id + "#main-key", key.getString("id"));
        assertEquals(id, key.getString("owner"));
        assertEquals("RSASSA-PKCS1-v1_5", key.getString("algorithm"));
        assertEquals(RsaKeys.parsePublic(Fixtures.ALICE.rsaPublicPem()), RsaKeys.parsePublic(key.getString("publicKeyPem")));

        JsonArray assertionMethods = actor.getJsonArray("assertionMethods");
        assertEquals(1, assertionMethods.size(), actor.encodePrettily());
        JsonObject multikey = assertionMethods.getJsonObject(0);
        assertEquals("Multikey", multikey.getString("type"));
        assertEquals(id + "#ed25519-key", multikey.getString("id"));
        assertEquals(id, multikey.getString("controller"));
        assertEquals("Ed25519", multikey.getString("algorithm"));
        assertArrayEquals(Fixtures.ALICE.ed25519Public(), Multikey.decodeEd25519(multikey.getString("publicKeyMultibase")));
    }

    // ---------------------------------------------------------------------------------------------------------
    // Inbox and delivery against an independent implementation.
    // ---------------------------------------------------------------------------------------------------------

    private static JsonObject note(String id, String content, String inReplyTo) {
        JsonObject note = new JsonObject()
                .put("id", id)
                .put("type", "Note")
                .put("attributedTo", fedify.actorId())
                .put("to", new JsonArray().add("https://www.w3.org/ns/activitystreams#Public"))
                .put("cc", new JsonArray().add(alice()))
                .put("content", content);
        if (inReplyTo != null) {
            note.put("inReplyTo", inReplyTo);
        }
        return note;
    }

    @ParameterizedTest
    @EnumSource(FedifyPeer.Spec.class)
    void sergeStoresACreateNoteThatFedifySignedInEitherFormat(FedifyPeer.Spec spec) {
        String id = fedify.origin() + "/notes/" + UUID.randomUUID();
        JsonObject create = new JsonObject()
                .put("id", id + "/activity")
                .put("type", "Create")
                .put("to", new JsonArray().add("https://www.w3.org/ns/activitystreams#Public"))
                .put("object", note(id, "<p>Solidarity from Fedify (" + spec.wireName() + ")</p>", null));

        JsonObject result = fedify.send(alice() + "/inbox", create, spec);

        assertEquals(202, result.getInteger("status"), result.encodePrettily() + "\n" + fedify.log());
        Eventually.within10s("Serge stores the note", () -> node.count(
                "SELECT count(*) FROM statuses WHERE uri = $1 AND visibility = 'public'", id) == 1);
    }

    @Test
    void aNoteReachesFedifyAndAReplyComesBack() {
        fedify.reset();
        JsonObject follow = new JsonObject()
                .put("id", fedify.origin() + "/follows/" + UUID.randomUUID())
                .put("type", "Follow")
                .put("object", alice());
        assertEquals(202, fedify.send(alice() + "/inbox", follow, FedifyPeer.Spec.CAVAGE).getInteger("status"));
        JsonArray accepted = fedify.awaitReceived(1, Duration.ofSeconds(20));
        assertEquals("Accept", accepted.getJsonObject(0).getString("type"),
                "accepted: " + accepted + "\nrejected: " + fedify.rejected() + "\n" + fedify.log());
        assertEquals(alice() + "#main-key", accepted.getJsonObject(0).getString("keyId"));

        Account alice = node.member("alice");
        Status post = node.await(node.node().wiring().statuses().post(alice,
                PostRequest.text("Picket line at dawn", Visibility.PUBLIC)));
        JsonArray received = fedify.awaitReceived(2, Duration.ofSeconds(20));
        JsonObject create = received.getJsonObject(1);
        assertEquals("Create", create.getString("type"), "rejected: " + fedify.rejected());
        assertEquals(alice() + "#main-key", create.getString("keyId"));
        assertEquals(post.uri(), create.getJsonObject("json").getJsonObject("object").getString("id"));

        String replyId = fedify.origin() + "/notes/" + UUID.randomUUID();
        JsonObject reply = new JsonObject()
                .put("id", replyId + "/activity")
                .put("type", "Create")
                .put("to", new JsonArray().add("https://www.w3.org/ns/activitystreams#Public"))
                .put("object", note(replyId, "<p>See you there</p>", post.uri()));
        assertEquals(202, fedify.send(alice() + "/inbox", reply, FedifyPeer.Spec.RFC9421).getInteger("status"));
        Eventually.within10s("Serge stores Fedify's reply to alice's note", () -> node.count(
                "SELECT count(*) FROM statuses WHERE uri = $1 AND in_reply_to_id = $2", replyId, post.id()) == 1);
    }

    @Test
    void fedifyVerifiesTheSignatureOfAFollowFromSerge() {
        fedify.reset();
        Account alice = node.member("alice");
        Account fedi = node.await(node.node().wiring().resolver().resolveUri(fedify.actorId()));
        node.await(node.node().wiring().follows().follow(alice, fedi));

        JsonArray received = fedify.awaitReceived(1, Duration.ofSeconds(20));
        assertEquals(1, received.size(), "accepted: " + received + "\nrejected: " + fedify.rejected()
                + "\n" + fedify.log());
        JsonObject activity = received.getJsonObject(0);
        assertEquals("Follow", activity.getString("type"));
        assertEquals(alice(), activity.getString("actor"));
        // delivered once to the shared inbox, so Fedify names no single recipient
        assertEquals(null, activity.getString("recipient"));
        assertEquals(alice() + "#main-key", activity.getString("keyId"));
    }

    @Test
    void fedifyFetchesAPublicNoteAndItsAuthor() {
        Account alice = node.member("alice");
        Status post = node.await(node.node().wiring().statuses().post(alice,
                PostRequest.text("Strike fund open #solidarity", Visibility.PUBLIC)));
        JsonObject note = fedify.lookup(post.uri());
        assertEquals(true, note.getBoolean("found"), note.encodePrettily() + "\n" + fedify.log());
        assertEquals("Note", note.getString("type"));
        assertEquals(post.uri(), note.getString("id"));
        assertEquals(alice(), note.getJsonObject("json").getString("attributedTo"));
        assertTrue(note.getJsonObject("json").getString("content").contains("Strike fund open"));
    }
}
