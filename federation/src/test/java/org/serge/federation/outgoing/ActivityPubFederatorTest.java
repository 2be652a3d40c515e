package org.serge.federation.outgoing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.sqlclient.Row;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.federation.delivery.PgDeliveryQueue;
import org.serge.testkit.Fixtures;

@ExtendWith(VertxExtension.class)
class ActivityPubFederatorTest {

    private static World world;
    private static ActivityPubFederator federator;
    private static Account alice;
    private static Account bob;
    private static Account follower1;
    private static Account stranger;

    @BeforeAll
    static void setUp(Vertx vertx) {
        world = new World(vertx).withFixtures();
        federator = new ActivityPubFederator(world.statuses, world.accounts, world.localAccounts, world.follows,
                world.uris, new PgDeliveryQueue(vertx, world.pool));
        alice = world.local(Fixtures.ALICE);
        bob = world.local(Fixtures.BOB);
        follower1 = world.remote("one", "big.example", "https://big.example/inbox");
        Account follower2 = world.remote("two", "big.example", "https://big.example/inbox");
        stranger = world.remote("stranger", "far.example", null);
        world.follow(follower1, alice);
        world.follow(follower2, alice);
        world.follow(bob, alice);
    }

    @BeforeEach
    void empty() {
        world.clearQueue();
    }

    private JsonObject onlyPayload(String inbox) {
        List<Row> rows = world.deliveries();
        assertEquals(List.of(inbox), rows.stream().map(r -> r.getString("inbox_url")).toList());
        return new JsonObject(rows.get(0).getString("payload"));
    }

    @Test
    void aPublicStatusIsQueuedOncePerSharedInbox() {
        Status status = world.post(alice, Visibility.PUBLIC, List.of(), List.of("strike"), null);
        federator.statusCreated(status).await();
        JsonObject create = onlyPayload("https://big.example/inbox");
        assertEquals("Create", create.getString("type"));
        assertEquals(status.uri(), create.getJsonObject("object").getString("id"));
        assertEquals(Fixtures.ALICE.id(), world.deliveries().get(0).getLong("signer_account_id"));
        assertEquals("#strike", create.getJsonObject("object").getJsonArray("tag").getJsonObject(0).getString("name"));
    }

    @Test
    void aDirectStatusGoesToTheMentionedOnlyAndItsDeleteReadsTheMentionsFirst() {
        Status status = world.post(alice, Visibility.DIRECT, List.of(stranger, bob), List.of(), null);
        federator.statusCreated(status).await();
        assertEquals(List.of("https://far.example/users/stranger/inbox"), world.inboxes());
        world.clearQueue();
        federator.statusDeleted(status).await();
        world.statuses.delete(status.id()).await();
        JsonObject delete = onlyPayload("https://far.example/users/stranger/inbox");
        assertEquals("Delete", delete.getString("type"));
        assertEquals(List.of("http://serge.test/users/bob", stranger.uri()), delete.getJsonArray("to").getList());
    }

    @Test
    void purelyLocalInteractionsQueueNothing() {
        Status local = world.post(bob, Visibility.PUBLIC, List.of(alice), List.of(), null);
        federator.statusCreated(local).await();
        federator.favourited(alice, local, world.uris.activity("alice", "likes", 1)).await();
        federator.followRequested(alice, bob, world.uris.activity("alice", "follows", 1)).await();
        federator.blocked(alice, bob, world.uris.activity("alice", "blocks", 1)).await();
        federator.followAccepted(bob, alice, world.uris.activity("bob", "follows", 2)).await();
        federator.statusCreated(world.remoteStatus(stranger, Visibility.PUBLIC)).await();
        assertEquals(0, world.count("SELECT count(*) FROM outgoing_activities"));
    }

    @Test
    void aLikeGoesToTheAuthorAndItsUndoToo() {
        Status remote = world.remoteStatus(stranger, Visibility.PUBLIC);
        String likeUri = world.uris.activity("bob", "likes", 42);
        federator.favourited(bob, remote, likeUri).await();
        JsonObject like = onlyPayload("https://far.example/users/stranger/inbox");
        assertEquals("Like", like.getString("type"));
        assertEquals(Fixtures.BOB.id(), world.deliveries().get(0).getLong("signer_account_id"));
        world.clearQueue();
        federator.unfavourited(bob, remote, likeUri).await();
        JsonObject undo = onlyPayload("https://far.example/users/stranger/inbox");
        assertEquals(likeUri + "/undo", undo.getString("id"));
    }

    @Test
    void followsAndTheirAnswersGoToTheOtherSide() {
        String followUri = "https://far.example/follows/9";
        federator.followAccepted(stranger, alice, followUri).await();
        JsonObject accept = onlyPayload("https://far.example/users/stranger/inbox");
        assertEquals("Accept", accept.getString("type"));
        assertEquals(followUri, accept.getJsonObject("object").getString("id"));
        assertEquals(Fixtures.ALICE.id(), world.deliveries().get(0).getLong("signer_account_id"));
        world.clearQueue();
        federator.followRequested(bob, stranger, world.uris.activity("bob", "follows", 3)).await();
        assertEquals("Follow", onlyPayload("https://far.example/users/stranger/inbox").getString("type"));
    }

    @Test
    void aBoostReachesFollowersAndTheAuthor() {
        Status original = world.remoteStatus(stranger, Visibility.PUBLIC);
        Status reblog = world.post(alice, Visibility.PUBLIC, List.of(), List.of(), null);
        Status asReblog = new Status(reblog.id(), reblog.uri() + "/activity", reblog.url(), alice.id(), true,
                "Announce", Visibility.PUBLIC, null, null, original.id(), null, "", null, "", false, null,
                reblog.createdAt(), null);
        federator.reblogged(asReblog, original).await();
        assertEquals(List.of("https://big.example/inbox", "https://far.example/users/stranger/inbox"), world.inboxes());
        assertEquals("Announce", new JsonObject(world.deliveries().get(0).getString("payload")).getString("type"));
    }

    @Test
    void aProfileUpdateGoesToFollowers() {
        federator.profileUpdated(alice).await();
        JsonObject update = onlyPayload("https://big.example/inbox");
        assertEquals("Update", update.getString("type"));
        assertEquals("Person", update.getJsonObject("object").getString("type"));
    }

    @Test
    void aQueueFailureNeverFailsTheChange() {
        ActivityPubFederator broken = new ActivityPubFederator(world.statuses, world.accounts, world.localAccounts,
                world.follows, world.uris, (signer, activity, inboxes) -> Future.failedFuture("database down"));
        Status status = world.post(alice, Visibility.PUBLIC, List.of(), List.of(), null);
        broken.statusCreated(status).await();
        broken.favourited(bob, world.remoteStatus(stranger, Visibility.PUBLIC), "x").await();
        broken.statusCreated(new Status(1, "u", null, 999_999, true, "Note", Visibility.PUBLIC, null, null, null,
                null, "", null, "", false, null, status.createdAt(), null)).await();
    }
}
