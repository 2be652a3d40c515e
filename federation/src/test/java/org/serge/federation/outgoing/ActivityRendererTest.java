package org.serge.federation.outgoing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.federation.outgoing.TestAccounts.T0;
import static org.serge.federation.outgoing.TestAccounts.URIS;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.account.AccountKeys;
import org.serge.core.account.LocalActor;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.federation.vocab.Activity;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.testkit.Fixtures;

class ActivityRendererTest {

    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    private static final String AS = "https://www.w3.org/ns/activitystreams";
    private static final Account ALICE = TestAccounts.local(1, "alice");
    private static final Account BOB = TestAccounts.remote(2, "bob", "remote.example");
    private static final String ALICE_ID = "https://serge.test/users/alice";
    private static final String FOLLOWERS = ALICE_ID + "/followers";

    private final ActivityRenderer renderer = new ActivityRenderer(new ActorIds(URIS));
    private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

    private static StatusContext context(Visibility visibility) {
        return new StatusContext(ObjectRendererTest.status(visibility), ALICE, List.of(BOB), List.of(), null);
    }

    private Activity parse(JsonObject activity) {
        return codec.parse(activity.encode()).activity().orElseThrow();
    }

    @Test
    void createCarriesTheObjectAndItsAddressing() {
        JsonObject create = renderer.create(context(Visibility.PUBLIC));
        assertEquals(URIS.status("alice", 10) + "/activity", create.getString("id"));
        assertEquals("Create", create.getString("type"));
        assertEquals(ALICE_ID, create.getString("actor"));
        assertEquals("2026-03-01T12:00:00Z", create.getString("published"));
        assertEquals(create.getJsonArray("to"), create.getJsonObject("object").getJsonArray("to"));
        assertEquals(create.getJsonArray("cc"), create.getJsonObject("object").getJsonArray("cc"));
        assertEquals(new JsonArray().add(PUBLIC), create.getJsonArray("to"));
        JsonArray context = create.getJsonArray("@context");
        assertEquals(AS, context.getString(0));
        assertEquals("as:sensitive", context.getJsonObject(1).getString("sensitive"));
        assertEquals(URIS.status("alice", 10), parse(create).objectId());
    }

    @Test
    void updateIdCarriesTheEditTime() {
        Status s = ObjectRendererTest.status(Visibility.UNLISTED);
        Status edited = new Status(s.id(), s.uri(), s.url(), 1, true, "Note", Visibility.UNLISTED, null, null, null,
                null, "<p>edited</p>", "edited", "", false, null, T0, T0.plusSeconds(90));
        JsonObject update = renderer.update(new StatusContext(edited, ALICE, List.of(), List.of(), null));
        assertEquals(s.uri() + "#updates/" + T0.plusSeconds(90).toEpochSecond(), update.getString("id"));
        assertEquals("Update", update.getString("type"));
        assertEquals("2026-03-01T12:01:30Z", update.getJsonObject("object").getString("updated"));
        assertEquals(new JsonArray().add(FOLLOWERS), update.getJsonArray("to"));
    }

    @Test
    void deleteIsATombstoneAddressedAsTheStatusWas() {
        JsonObject delete = renderer.delete(context(Visibility.PRIVATE));
        assertEquals(URIS.status("alice", 10) + "#delete", delete.getString("id"));
        assertEquals(new JsonObject().put("id", URIS.status("alice", 10)).put("type", "Tombstone"),
                delete.getJsonObject("object"));
        assertEquals(new JsonArray().add(FOLLOWERS), delete.getJsonArray("to"));
        assertEquals(new JsonArray().add(BOB.uri()), delete.getJsonArray("cc"));
        assertEquals("Delete", parse(delete).type());
    }

    private static Status reblog(Visibility visibility) {
        return new Status(11, URIS.status("alice", 11) + "/activity", URIS.statusUrl("alice", 11), 1, true, "Announce",
                visibility, null, null, 20L, null, "", null, "", false, null, T0, null);
    }

    private static Status remoteOriginal(Visibility visibility) {
        return new Status(20, "https://remote.example/users/bob/statuses/20", null, 2, false, "Note", visibility, null,
                null, null, null, "<p>x</p>", null, "", false, null, T0, null);
    }

    @Test
    void announceOfAPublicStatus() {
        JsonObject announce = renderer.announce(reblog(Visibility.PUBLIC), ALICE, remoteOriginal(Visibility.PUBLIC), BOB);
        assertEquals(URIS.status("alice", 11) + "/activity", announce.getString("id"));
        assertEquals("Announce", announce.getString("type"));
        assertEquals("https://remote.example/users/bob/statuses/20", announce.getString("object"));
        assertEquals(new JsonArray().add(PUBLIC), announce.getJsonArray("to"));
        assertEquals(new JsonArray().add(BOB.uri()).add(FOLLOWERS), announce.getJsonArray("cc"));
    }

    @Test
    void announceOfAnUnlistedStatus() {
        JsonObject announce = renderer.announce(reblog(Visibility.UNLISTED), ALICE, remoteOriginal(Visibility.UNLISTED),
                BOB);
        assertEquals(new JsonArray().add(FOLLOWERS), announce.getJsonArray("to"));
        assertEquals(new JsonArray().add(BOB.uri()).add(PUBLIC), announce.getJsonArray("cc"));
    }

    @Test
    void likeGoesToTheAuthor() {
        String likeUri = URIS.activity("alice", "likes", 5);
        JsonObject like = renderer.like(ALICE, remoteOriginal(Visibility.PUBLIC), BOB, likeUri);
        assertEquals(likeUri, like.getString("id"));
        assertEquals("Like", like.getString("type"));
        assertEquals(ALICE_ID, like.getString("actor"));
        assertEquals("https://remote.example/users/bob/statuses/20", like.getString("object"));
        assertEquals(new JsonArray().add(BOB.uri()), like.getJsonArray("to"));
        assertEquals(AS, like.getString("@context"));
    }

    @Test
    void followAndBlockNameTheTarget() {
        JsonObject follow = renderer.follow(ALICE, BOB, URIS.activity("alice", "follows", 6));
        assertEquals(new JsonObject().put("@context", AS).put("id", ALICE_ID + "#follows/6").put("type", "Follow")
                .put("actor", ALICE_ID).put("object", BOB.uri()), follow);
        JsonObject block = renderer.block(ALICE, BOB, URIS.activity("alice", "blocks", 7));
        assertEquals("Block", block.getString("type"));
        assertEquals(BOB.uri(), block.getString("object"));
        assertEquals(ALICE_ID + "#blocks/7", block.getString("id"));
    }

    @Test
    void acceptAndRejectEmbedTheFollow() {
        String followUri = "https://remote.example/follows/1";
        JsonObject accept = renderer.accept(BOB, ALICE, followUri);
        assertEquals("Accept", accept.getString("type"));
        assertEquals(ALICE_ID, accept.getString("actor"));
        assertTrue(accept.getString("id").startsWith(ALICE_ID + "#accepts/follows/"));
        assertEquals(new JsonObject().put("id", followUri).put("type", "Follow").put("actor", BOB.uri())
                .put("object", ALICE_ID), accept.getJsonObject("object"));
        JsonObject again = renderer.accept(BOB, ALICE, followUri);
        assertFalse(accept.getString("id").equals(again.getString("id")));

        JsonObject reject = renderer.reject(BOB, ALICE, followUri);
        assertEquals("Reject", reject.getString("type"));
        assertTrue(reject.getString("id").startsWith(ALICE_ID + "#rejects/follows/"));
        assertEquals(followUri, parse(reject).objectId());
    }

    @Test
    void undoEmbedsTheUndoneActivity() {
        JsonObject follow = renderer.follow(ALICE, BOB, URIS.activity("alice", "follows", 6));
        JsonObject undo = renderer.undo(follow);
        assertEquals(ALICE_ID + "#follows/6/undo", undo.getString("id"));
        assertEquals("Undo", undo.getString("type"));
        assertEquals(ALICE_ID, undo.getString("actor"));
        JsonObject embedded = follow.copy();
        embedded.remove("@context");
        assertEquals(embedded, undo.getJsonObject("object"));
        assertEquals(AS, undo.getString("@context"));

        JsonObject announce = renderer.announce(reblog(Visibility.PUBLIC), ALICE, remoteOriginal(Visibility.PUBLIC), BOB);
        JsonObject undoAnnounce = renderer.undo(announce);
        assertEquals(announce.getString("id") + "/undo", undoAnnounce.getString("id"));
        assertEquals(announce.getJsonArray("to"), undoAnnounce.getJsonArray("to"));
        assertEquals(announce.getJsonArray("cc"), undoAnnounce.getJsonArray("cc"));
        assertEquals("Announce", undoAnnounce.getJsonObject("object").getString("type"));
        assertEquals("Undo", parse(undoAnnounce).type());

        JsonObject undoLike = renderer.undo(renderer.like(ALICE, remoteOriginal(Visibility.PUBLIC), BOB,
                URIS.activity("alice", "likes", 5)));
        assertEquals(new JsonArray().add(BOB.uri()), undoLike.getJsonArray("to"));
    }

    @Test
    void updateOfAnActorCarriesItsDocument() {
        var f = Fixtures.ALICE;
        LocalActor actor = new LocalActor(ALICE, new AccountKeys(f.rsaPublicPem(), f.rsaPrivatePem(),
                f.ed25519Public(), f.ed25519Private()));
        JsonObject update = renderer.updateActor(actor);
        assertEquals("Update", update.getString("type"));
        assertEquals(ALICE_ID, update.getString("actor"));
        assertTrue(update.getString("id").startsWith(ALICE_ID + "#updates/"));
        assertEquals(new JsonArray().add(PUBLIC), update.getJsonArray("to"));
        JsonObject person = update.getJsonObject("object");
        assertEquals(ALICE_ID, person.getString("id"));
        assertEquals("Person", person.getString("type"));
        assertEquals(f.rsaPublicPem(), person.getJsonObject("publicKey").getString("publicKeyPem"));
        assertFalse(person.containsKey("@context"));
        assertEquals(AS, update.getJsonArray("@context").getString(0));
    }
}
