package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.follow.FollowRepository;

class BlockHandlerTest extends HandlerTestBase {

    @Test
    void aBlockIsRecordedAndEndsFollowsBothWays() {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        Account alice = bed.local("alice");
        FollowRepository follows = new FollowRepository(bed.pool);
        InboxTestBed.await(follows.insertFollow(alice.id(), rita.account().id(), "https://serge.test/users/alice#f/1"));
        InboxTestBed.await(follows.insertFollow(rita.account().id(), alice.id(), rita.uri() + "/f/1"));
        bed.handle(rita, activity(rita, "Block", "b1", bed.actorUri("alice")));

        assertEquals(1, bed.count("SELECT count(*) FROM blocks WHERE account_id = $1 AND target_account_id = $2",
                rita.account().id(), alice.id()));
        assertEquals(0, bed.count("SELECT count(*) FROM follows WHERE account_id IN ($1, $2)", alice.id(),
                rita.account().id()));
    }

    @Test
    void blocksOfUnknownOrRemoteAccountsAreIgnored() {
        RemoteUser sam = bed.remote("https://remote.example/users/sam");
        bed.handle(sam, activity(sam, "Block", "b2", "https://other.example/users/x"));
        bed.handle(sam, activity(sam, "Block", "b3", bed.actorUri("nobody")));

        assertEquals(0, bed.count("SELECT count(*) FROM blocks WHERE account_id = $1", sam.account().id()));
    }
}
