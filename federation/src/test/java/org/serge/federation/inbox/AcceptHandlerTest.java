package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.follow.FollowRepository;

/** Accept of Follows we sent. */
@ExtendWith(VertxExtension.class)
class AcceptHandlerTest {

    private static InboxTestBed bed;
    private static FollowRepository follows;

    @BeforeAll
    static void setUp(Vertx vertx) {
        bed = new InboxTestBed(vertx);
        follows = new FollowRepository(bed.pool);
    }

    @AfterAll
    static void tearDown() {
        bed.close();
    }

    private static String ourFollow(String username, long n) {
        return bed.uris.activity(username, "follows", n);
    }

    private static long followCount(Account follower, RemoteUser target) {
        return bed.count("SELECT count(*) FROM follows WHERE account_id = $1 AND target_account_id = $2",
                follower.id(), target.account().id());
    }

    @Test
    void acceptByIdTurnsTheRequestIntoAFollow() {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        Account alice = bed.local("alice");
        String uri = ourFollow("alice", 1);
        InboxTestBed.await(follows.insertRequest(alice.id(), rita.account().id(), uri));
        bed.handle(rita, new JsonObject().put("id", rita.uri() + "#accepts/1").put("type", "Accept")
                .put("actor", rita.uri()).put("object", uri));

        assertEquals(1, followCount(alice, rita));
        assertEquals(0, bed.count("SELECT count(*) FROM follow_requests WHERE account_id = $1", alice.id()));
    }

    @Test
    void acceptWithTheEmbeddedFollowWorksToo() {
        RemoteUser sam = bed.remote("https://remote.example/users/sam");
        Account bob = bed.local("bob");
        String uri = ourFollow("bob", 2);
        InboxTestBed.await(follows.insertRequest(bob.id(), sam.account().id(), uri));
        JsonObject follow = new JsonObject().put("id", "https://other.example/some-id").put("type", "Follow")
                .put("actor", bed.actorUri("bob")).put("object", sam.uri());
        bed.handle(sam, new JsonObject().put("id", sam.uri() + "#accepts/2").put("type", "Accept")
                .put("actor", sam.uri()).put("object", follow));

        assertEquals(1, followCount(bob, sam));
    }

    @Test
    void acceptWithoutARequestOrByAnotherActorChangesNothing() {
        RemoteUser tom = bed.remote("https://remote.example/users/tom");
        RemoteUser eve = bed.remote("https://evil.example/users/eve");
        Account carol = bed.local("carol");
        String uri = ourFollow("carol", 3);
        // eve accepts carol's follow of tom: not hers to accept
        InboxTestBed.await(follows.insertRequest(carol.id(), tom.account().id(), uri));
        bed.handle(eve, new JsonObject().put("id", eve.uri() + "#a").put("type", "Accept").put("actor", eve.uri())
                .put("object", uri));
        // an Accept of a follow carol never sent
        bed.handle(eve, new JsonObject().put("id", eve.uri() + "#b").put("type", "Accept").put("actor", eve.uri())
                .put("object", new JsonObject().put("type", "Follow").put("actor", bed.actorUri("carol"))
                        .put("object", eve.uri())));

        assertEquals(0, followCount(carol, tom));
        assertEquals(0, followCount(carol, eve));
        assertEquals(1, bed.count("SELECT count(*) FROM follow_requests WHERE account_id = $1", carol.id()));
    }
}
