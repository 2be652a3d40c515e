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
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
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
    // Inbox and delivery. These need Serge's inbox (POST /users/NAME/inbox) and outgoing delivery, which are being
    // built on another branch. Enable each by deleting its @Disabled line; the delivery test also needs
    // deliverFromAlice below to call the delivery service.
    // ---------------------------------------------------------------------------------------------------------

    @Disabled("needs the inbox: Serge does not accept POST /users/NAME/inbox yet")
    @ParameterizedTest
    @EnumSource(FedifyPeer.Spec.class)
    void sergeAcceptsACreateNoteThatFedifySigned(FedifyPeer.Spec spec) {
        String note = fedify.origin() + "/notes/" + UUID.randomUUID();
        JsonObject create = new JsonObject()
                .put("type", "Create")
                .put("to", new JsonArray().add(alice()))
                .put("object", new JsonObject()
                        .put("id", note)
                        .put("type", "Note")
                        .put("attributedTo", fedify.actorId())
                        .put("to", new JsonArray().add(alice()))
                        .put("content", "<p>Solidarity from Fedify (" + spec.wireName() + ")</p>"));

        JsonObject result = fedify.send(alice() + "/inbox", create, spec);

        assertEquals(202, result.getInteger("status"), result.encodePrettily() + "\n" + fedify.log());
    }

    @Disabled("needs delivery: Serge cannot deliver to a remote inbox yet")
    @Test
    void fedifyVerifiesTheSignatureOfADeliveryFromSerge() {
        fedify.reset();
        String activityId = alice() + "/activities/" + UUID.randomUUID();
        JsonObject follow = new JsonObject()
                .put("@context", "https://www.w3.org/ns/activitystreams")
                .put("id", activityId)
                .put("type", "Follow")
                .put("actor", alice())
                .put("object", fedify.actorId());

        deliverFromAlice(follow, fedify.inbox());

        // GET /control/received lists only what Fedify accepted after verifying the HTTP signature; refused
        // deliveries are in rejected(), with the reason (invalidSignature, keyFetchError, noSignature).
        JsonArray received = fedify.awaitReceived(1, Duration.ofSeconds(20));
        assertEquals(1, received.size(), "accepted: " + received + "\nrejected: " + fedify.rejected()
                + "\n" + fedify.log());
        JsonObject activity = received.getJsonObject(0);
        assertEquals(activityId, activity.getString("id"));
        assertEquals("Follow", activity.getString("type"));
        assertEquals(alice(), activity.getString("actor"));
        assertEquals("fedi", activity.getString("recipient"));
        assertEquals(alice() + "#main-key", activity.getString("keyId"));
        assertTrue(FedifyPeer.Spec.CAVAGE.wireName().equals(activity.getString("signatureSpec"))
                || FedifyPeer.Spec.RFC9421.wireName().equals(activity.getString("signatureSpec")));
    }

    /**
     * TODO(delivery): have Serge sign {@code activity} with alice's RSA key and POST it to {@code inbox}, e.g. through
     * the delivery service on {@code node.node()} (its {@code Wiring}). Expected shape, with PEER the Fedify port:
     * actor {@code http://127.0.0.1:PEER/users/fedi}, inbox {@code http://127.0.0.1:PEER/users/fedi/inbox}; Fedify
     * fetches {@code http://localhost:PORT/users/alice#main-key} (signed) to verify, then {@code GET
     * /control/received} returns {@code {"activities": [{"id": ..., "type": "Follow", "actor":
     * "http://localhost:PORT/users/alice", "recipient": "fedi", "signatureSpec": "draft-cavage-http-signatures-12" |
     * "rfc9421", "keyId": "http://localhost:PORT/users/alice#main-key", "json": {...}, "raw": {...}}],
     * "rejected": []}}.
     */
    private static void deliverFromAlice(JsonObject activity, String inbox) {
        throw new UnsupportedOperationException("TODO(delivery): call Serge's delivery service for " + inbox);
    }
}
