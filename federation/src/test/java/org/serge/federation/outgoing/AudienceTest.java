package org.serge.federation.outgoing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.testkit.Fixtures;

@ExtendWith(VertxExtension.class)
class AudienceTest {

    private static World world;
    private static Audience audience;
    private static StatusContextLoader loader;
    private static Account alice;
    private static Account carol;
    private static Account shared1;
    private static Account lonely;
    private static Account stranger;

    @BeforeAll
    static void setUp(Vertx vertx) {
        world = new World(vertx).withFixtures();
        ActorIds ids = new ActorIds(world.uris);
        audience = new Audience(world.follows, ids);
        loader = new StatusContextLoader(world.statuses, world.accounts);
        alice = world.local(Fixtures.ALICE);
        carol = world.local(Fixtures.CAROL);
        shared1 = world.remote("one", "big.example", "https://big.example/inbox");
        Account shared2 = world.remote("two", "big.example", "https://big.example/inbox");
        lonely = world.remote("lonely", "small.example", null);
        stranger = world.remote("stranger", "far.example", "https://far.example/inbox");
        world.follow(shared1, alice);
        world.follow(shared2, alice);
        world.follow(lonely, alice);
        world.follow(carol, alice);
    }

    private Set<String> of(Status status) {
        return loader.load(status).compose(audience::status).await();
    }

    @Test
    void followersCollapseToSharedInboxesAndLocalFollowersAreLeftOut() {
        Status status = world.post(alice, Visibility.PUBLIC, List.of(), List.of(), null);
        assertEquals(Set.of("https://big.example/inbox", "https://small.example/users/lonely/inbox"), of(status));
    }

    @Test
    void mentionsJoinTheFollowersWithoutDuplicates() {
        Status status = world.post(alice, Visibility.UNLISTED, List.of(stranger, shared1, carol), List.of(), null);
        assertEquals(Set.of("https://big.example/inbox", "https://small.example/users/lonely/inbox",
                "https://far.example/inbox"), of(status));
    }

    @Test
    void followersOnlyGoesToFollowersAndMentionedOnly() {
        Status unmentioned = world.post(alice, Visibility.PRIVATE, List.of(), List.of(), null);
        assertEquals(Set.of("https://big.example/inbox", "https://small.example/users/lonely/inbox"), of(unmentioned));
        Status mentioned = world.post(alice, Visibility.PRIVATE, List.of(stranger), List.of(), null);
        assertEquals(Set.of("https://big.example/inbox", "https://small.example/users/lonely/inbox",
                "https://far.example/inbox"), of(mentioned));
    }

    @Test
    void directGoesToMentionedRemoteAccountsOnly() {
        Status status = world.post(alice, Visibility.DIRECT, List.of(stranger, carol), List.of(), null);
        assertEquals(Set.of("https://far.example/inbox"), of(status));
        Status localOnly = world.post(alice, Visibility.DIRECT, List.of(carol), List.of(), null);
        assertEquals(Set.of(), of(localOnly));
    }

    @Test
    void aSingleAccountIsItsDeliveryInboxUnlessLocal() {
        assertEquals(Set.of("https://far.example/inbox"), audience.account(stranger));
        assertEquals(Set.of("https://small.example/users/lonely/inbox"), audience.account(lonely));
        assertEquals(Set.of(), audience.account(carol));
    }

    @Test
    void aBoostReachesTheBoostersFollowersAndTheOriginalsAuthor() {
        assertEquals(Set.of("https://big.example/inbox", "https://small.example/users/lonely/inbox",
                "https://far.example/inbox"), audience.reblog(alice, stranger).await());
        assertEquals(Set.of("https://big.example/inbox", "https://small.example/users/lonely/inbox"),
                audience.reblog(alice, carol).await());
    }

    @Test
    void anInboxOnThisNodeIsNeverAnAudience() {
        Account spoof = world.remoteAt("https://spoof.example/users/s", "s", "spoof.example",
                "https://SERGE.test/inbox", "http://serge.test/users/alice/inbox");
        assertEquals(Set.of(), audience.account(spoof));
    }
}
