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

/** Reject of Follows we sent. */
@ExtendWith(VertxExtension.class)
class RejectHandlerTest {

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
    void rejectDropsTheRequestOrTheFollow() {
        RemoteUser una = bed.remote("https://remote.example/users/una");
        RemoteUser vic = bed.remote("https://remote.example/users/vic");
        Account alice = bed.local("alice");
        InboxTestBed.await(follows.insertRequest(alice.id(), una.account().id(), ourFollow("alice", 4)));
        InboxTestBed.await(follows.insertFollow(alice.id(), vic.account().id(), ourFollow("alice", 5)));
        bed.handle(una, new JsonObject().put("id", una.uri() + "#r").put("type", "Reject").put("actor", una.uri())
                .put("object", ourFollow("alice", 4)));
        bed.handle(vic, new JsonObject().put("id", vic.uri() + "#r").put("type", "Reject").put("actor", vic.uri())
                .put("object", new JsonObject().put("type", "Follow").put("actor", bed.actorUri("alice"))
                        .put("object", vic.uri())));

        assertEquals(0, bed.count("SELECT count(*) FROM follow_requests WHERE account_id = $1 AND"
                + " target_account_id = $2", alice.id(), una.account().id()));
        assertEquals(0, followCount(alice, vic));
    }
}
