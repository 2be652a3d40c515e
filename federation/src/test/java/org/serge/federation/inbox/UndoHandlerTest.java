package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;

class UndoHandlerTest extends HandlerTestBase {

    @Test
    void undoFollowEndsTheFollow() {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        Account alice = bed.local("alice");
        JsonObject follow = activity(rita, "Follow", "f1", bed.actorUri("alice"));
        bed.handle(rita, follow);
        assertEquals(1, bed.count("SELECT count(*) FROM follows WHERE account_id = $1", rita.account().id()));

        bed.handle(rita, activity(rita, "Undo", "u1", follow));
        assertEquals(0, bed.count("SELECT count(*) FROM follows WHERE account_id = $1 AND target_account_id = $2",
                rita.account().id(), alice.id()));
    }

    @Test
    void onlyTheActorWhoFollowedCanUndoIt() {
        RemoteUser sam = bed.remote("https://remote.example/users/sam");
        RemoteUser eve = bed.remote("https://evil.example/users/eve");
        JsonObject follow = activity(sam, "Follow", "f2", bed.actorUri("bob"));
        bed.handle(sam, follow);
        bed.handle(eve, activity(eve, "Undo", "u2", follow));

        assertEquals(1, bed.count("SELECT count(*) FROM follows WHERE account_id = $1", sam.account().id()));
    }

    @Test
    void undoLikeAnnounceAndBlock() {
        RemoteUser tom = bed.remote("https://remote.example/users/tom");
        Account carol = bed.local("carol");
        Status status = bed.localStatus(carol, Visibility.PUBLIC);
        JsonObject like = activity(tom, "Like", "l3", status.uri());
        JsonObject announce = activity(tom, "Announce", "a3", status.uri());
        JsonObject block = activity(tom, "Block", "b3", bed.actorUri("carol"));
        bed.handle(tom, like);
        bed.handle(tom, announce);
        bed.handle(tom, block);
        assertEquals(1, bed.count("SELECT count(*) FROM favourites WHERE account_id = $1", tom.account().id()));
        assertTrue(bed.status(announce.getString("id")).isPresent());
        assertEquals(1, bed.count("SELECT count(*) FROM blocks WHERE account_id = $1", tom.account().id()));

        bed.handle(tom, activity(tom, "Undo", "ul", like));
        bed.handle(tom, activity(tom, "Undo", "ua", announce.getString("id")));
        bed.handle(tom, activity(tom, "Undo", "ub", block));
        assertEquals(0, bed.count("SELECT count(*) FROM favourites WHERE account_id = $1", tom.account().id()));
        assertTrue(bed.status(announce.getString("id")).isEmpty());
        assertEquals(0, bed.count("SELECT count(*) FROM blocks WHERE account_id = $1", tom.account().id()));
    }

    @Test
    void undoOfSomeoneElsesBoostById() {
        RemoteUser una = bed.remote("https://remote.example/users/una");
        RemoteUser eve = bed.remote("https://evil.example/users/mallory");
        Status status = bed.localStatus(bed.local("alice"), Visibility.PUBLIC);
        JsonObject announce = activity(una, "Announce", "a4", status.uri());
        bed.handle(una, announce);
        bed.handle(eve, activity(eve, "Undo", "u4", announce.getString("id")));

        assertTrue(bed.status(announce.getString("id")).isPresent());
    }
}
