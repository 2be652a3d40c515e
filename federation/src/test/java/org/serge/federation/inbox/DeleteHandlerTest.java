package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.serge.core.status.Visibility;

class DeleteHandlerTest extends HandlerTestBase {

    @Test
    void aStatusIsDeletedByItsOwnerByIdOrTombstone() {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        String first = bed.remoteStatus(rita, rita.uri() + "/statuses/1", Visibility.PUBLIC).uri();
        String second = bed.remoteStatus(rita, rita.uri() + "/statuses/2", Visibility.PUBLIC).uri();
        bed.handle(rita, activity(rita, "Delete", "d1", first));
        bed.handle(rita, activity(rita, "Delete", "d2", new JsonObject().put("id", second).put("type", "Tombstone")));

        assertTrue(bed.status(first).isEmpty());
        assertTrue(bed.status(second).isEmpty());
    }

    @Test
    void statusesOfOthersAndLocalStatusesStay() {
        RemoteUser sam = bed.remote("https://remote.example/users/sam");
        RemoteUser eve = bed.remote("https://remote.example/users/eve");
        String theirs = bed.remoteStatus(sam, sam.uri() + "/statuses/1", Visibility.PUBLIC).uri();
        String local = bed.localStatus(bed.local("alice"), Visibility.PUBLIC).uri();
        bed.handle(eve, activity(eve, "Delete", "d3", theirs));
        bed.handle(eve, activity(eve, "Delete", "d4", local));

        assertTrue(bed.status(theirs).isPresent());
        assertTrue(bed.status(local).isPresent());
    }

    @Test
    void aDeleteOfTheActorRemovesItsAccountAndStatuses() {
        RemoteUser tom = bed.remote("https://remote.example/users/tom");
        String status = bed.remoteStatus(tom, tom.uri() + "/statuses/1", Visibility.PUBLIC).uri();
        bed.handle(tom, activity(tom, "Delete", "d5", tom.uri()));

        assertTrue(InboxTestBed.await(bed.remoteAccounts.findByUri(tom.uri())).isEmpty());
        assertTrue(bed.status(status).isEmpty());
    }
}
