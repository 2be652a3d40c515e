package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;

class LikeHandlerTest extends HandlerTestBase {

    @Test
    void aLikeOfALocalStatusIsAFavouriteAndANotification() {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        Account alice = bed.local("alice");
        Status status = bed.localStatus(alice, Visibility.PUBLIC);
        bed.handle(rita, activity(rita, "Like", "l1", status.uri()));
        bed.handle(rita, activity(rita, "Like", "l2", status.uri()));

        assertEquals(1, bed.count("SELECT count(*) FROM favourites WHERE account_id = $1 AND status_id = $2",
                rita.account().id(), status.id()));
        assertEquals(1, bed.count("SELECT count(*) FROM notifications WHERE account_id = $1 AND type = 'favourite'"
                + " AND status_id = $2", alice.id(), status.id()));
    }

    @Test
    void likesOfRemoteOrUnknownStatusesAreIgnored() {
        RemoteUser sam = bed.remote("https://remote.example/users/sam");
        Status remote = bed.remoteStatus(sam, sam.uri() + "/statuses/9", Visibility.PUBLIC);
        bed.handle(sam, activity(sam, "Like", "l3", remote.uri()));
        bed.handle(sam, activity(sam, "Like", "l4", "https://serge.test/users/alice/statuses/404"));

        assertEquals(0, bed.count("SELECT count(*) FROM favourites WHERE account_id = $1", sam.account().id()));
    }
}
