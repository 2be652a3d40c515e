package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;

class AnnounceHandlerTest extends HandlerTestBase {

    @Test
    void aBoostOfALocalStatusIsStoredAndNotified() {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        Account alice = bed.local("alice");
        Status original = bed.localStatus(alice, Visibility.PUBLIC);
        JsonObject announce = activity(rita, "Announce", "a1", original.uri());
        bed.handle(rita, announce);
        bed.handle(rita, announce);

        Status reblog = bed.status(announce.getString("id")).orElseThrow();
        assertEquals(original.id(), reblog.reblogOfId());
        assertEquals(rita.account().id(), reblog.accountId());
        assertEquals(1, bed.count("SELECT count(*) FROM notifications WHERE account_id = $1 AND type = 'reblog'",
                alice.id()));
    }

    @Test
    void anUnknownObjectIsFetchedFromItsOriginAndNotTakenFromAnotherOrigin() {
        RemoteUser announcer = bed.remote("https://relay.example/users/sam");
        RemoteUser author = bed.remote("https://origin.example/users/tom");
        JsonObject genuine = note(author, "1", "genuine");
        bed.remoteObjects.put(genuine);
        JsonObject forged = genuine.copy().put("content", "forged");
        bed.handle(announcer, activity(announcer, "Announce", "a2", forged));

        Status original = bed.status(genuine.getString("id")).orElseThrow();
        assertEquals("genuine", original.content());
        assertEquals(author.account().id(), original.accountId());
        assertTrue(bed.remoteObjects.fetched.contains(genuine.getString("id")));
        assertEquals(original.id(), bed.status(announcer.uri() + "/activities/a2").orElseThrow().reblogOfId());
    }

    @Test
    void privateOrMissingObjectsAreNotBoosted() {
        RemoteUser una = bed.remote("https://remote.example/users/una");
        Status followersOnly = bed.localStatus(bed.local("bob"), Visibility.PRIVATE);
        JsonObject privateNote = note(una, "p", "private").put("to", new JsonArray().add(una.uri() + "/followers"))
                .put("cc", new JsonArray());
        bed.remoteObjects.put(privateNote);
        bed.handle(una, activity(una, "Announce", "a3", followersOnly.uri()));
        bed.handle(una, activity(una, "Announce", "a4", privateNote.getString("id")));
        bed.handle(una, activity(una, "Announce", "a5", "https://gone.example/notes/1"));

        assertTrue(bed.status(una.uri() + "/activities/a3").isEmpty());
        assertTrue(bed.status(una.uri() + "/activities/a4").isEmpty());
        assertTrue(bed.status(privateNote.getString("id")).isEmpty());
        assertTrue(bed.status(una.uri() + "/activities/a5").isEmpty());
    }
}
