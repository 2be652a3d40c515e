package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;

@ExtendWith(VertxExtension.class)
class FollowHandlerTest {

    private static InboxTestBed bed;

    @BeforeAll
    static void setUp(Vertx vertx) {
        bed = new InboxTestBed(vertx);
    }

    @AfterAll
    static void tearDown() {
        bed.close();
    }

    private static JsonObject follow(RemoteUser actor, String object, String id) {
        return new JsonObject().put("id", actor.uri() + "/follows/" + id).put("type", "Follow")
                .put("actor", actor.uri()).put("object", object);
    }

    @Test
    void followOfAnOpenAccountIsAcceptedAndNotified() {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        Account alice = bed.local("alice");
        bed.handle(rita, follow(rita, bed.actorUri("alice"), "1"));
        bed.handle(rita, follow(rita, bed.actorUri("alice"), "1"));

        assertEquals(1, bed.count("SELECT count(*) FROM follows WHERE account_id = $1 AND target_account_id = $2",
                rita.account().id(), alice.id()));
        assertEquals(1, bed.count("SELECT count(*) FROM notifications WHERE account_id = $1 AND from_account_id = $2"
                + " AND type = 'follow'", alice.id(), rita.account().id()));
        assertTrue(bed.federator.calls.contains("followAccepted " + rita.uri() + "->alice " + rita.uri()
                + "/follows/1"));
    }

    @Test
    void followOfALockedAccountIsARequest() {
        RemoteUser sam = bed.remote("https://remote.example/users/sam");
        Account dora = bed.insertLocal("dora", ActorType.Person, true);
        bed.handle(sam, follow(sam, bed.actorUri("dora"), "2"));

        assertEquals(0, bed.count("SELECT count(*) FROM follows WHERE target_account_id = $1", dora.id()));
        assertEquals(1, bed.count("SELECT count(*) FROM follow_requests WHERE account_id = $1 AND"
                + " target_account_id = $2", sam.account().id(), dora.id()));
        assertEquals(1, bed.count("SELECT count(*) FROM notifications WHERE account_id = $1 AND"
                + " type = 'follow_request'", dora.id()));
        assertTrue(bed.federator.calls.stream().noneMatch(c -> c.contains(sam.uri())));
    }

    @Test
    void theGroupAcceptsEveryFollow() {
        RemoteUser tom = bed.remote("https://remote.example/users/tom");
        Account union = bed.insertLocal("union", ActorType.Group, true);
        bed.handle(tom, follow(tom, bed.actorUri("union"), "3"));

        assertEquals(1, bed.count("SELECT count(*) FROM follows WHERE account_id = $1 AND target_account_id = $2",
                tom.account().id(), union.id()));
        assertTrue(bed.federator.calls.stream().anyMatch(c -> c.startsWith("followAccepted " + tom.uri())));
    }

    @Test
    void followsOfUnknownOrRemoteTargetsAreIgnored() {
        RemoteUser una = bed.remote("https://remote.example/users/una");
        bed.handle(una, follow(una, bed.actorUri("nobody"), "4"));
        bed.handle(una, follow(una, "https://elsewhere.example/users/x", "5"));
        bed.handle(una, follow(una, bed.actorUri("alice") + "/followers", "6"));

        assertEquals(0, bed.count("SELECT count(*) FROM follows WHERE account_id = $1", una.account().id()));
        assertEquals(0, bed.count("SELECT count(*) FROM follow_requests WHERE account_id = $1", una.account().id()));
    }
}
