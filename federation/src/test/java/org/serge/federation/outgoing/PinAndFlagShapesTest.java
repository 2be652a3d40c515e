package org.serge.federation.outgoing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.federation.outgoing.TestAccounts.T0;
import static org.serge.federation.outgoing.TestAccounts.URIS;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.account.ActorType;
import org.serge.core.moderation.AccountReport;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.federation.vocab.AsIds;

/** The Add and Remove of a pin and the Flag of a forwarded report, shaped as Mastodon sends them. */
class PinAndFlagShapesTest {

    private final ActorIds ids = new ActorIds(URIS);
    private final Account alice = TestAccounts.local(1, "alice");
    private final Account felix = TestAccounts.remote(2, "felix", "mastodon.example");

    private static Status status(long id, String uri, long accountId, boolean local) {
        return new Status(id, uri, uri, accountId, local, "Note", Visibility.PUBLIC, null, null, null, null, "<p>x</p>",
                null, "", false, null, T0, null);
    }

    @Test
    void aPinIsAnAddToTheFeaturedCollection() {
        PinSender sender = new PinSender(null, ids, null);
        Status status = status(7, URIS.status("alice", 7), 1, true);
        JsonObject add = sender.activity("Add", alice, status);
        assertEquals("Add", add.getString("type"));
        assertEquals(URIS.actor("alice"), add.getString("actor"));
        assertEquals(status.uri(), add.getString("object"));
        assertEquals(URIS.featured("alice"), add.getString("target"));
        assertTrue(add.getString("id").startsWith(URIS.actor("alice") + "#featured/"));
        assertEquals(new JsonArray().add(AsIds.PUBLIC), add.getJsonArray("to"));
        assertEquals(new JsonArray().add(URIS.followers("alice")), add.getJsonArray("cc"));
        JsonObject remove = sender.activity("Remove", alice, status);
        assertEquals("Remove", remove.getString("type"));
        assertTrue(!remove.getString("id").equals(add.getString("id")), "each activity has its own id");
    }

    @Test
    void aForwardedReportIsAFlagByTheApplicationActor() {
        Account application = new Account(3, "serge.test", null, ActorType.Application, "serge.test", "", false, null,
                T0, null, null, null, null, null);
        Status reported = status(9, "https://mastodon.example/users/felix/statuses/1", 2, false);
        AccountReport report = new AccountReport(11, 1, 2, List.of(9L), "Advertising for a strikebreaker", "spam",
                null, true, URIS.base() + "/flags/11", T0);
        JsonObject flag = new FlagSender(null, ids, null).flag(report, application, felix, List.of(reported));
        assertEquals("Flag", flag.getString("type"));
        assertEquals(URIS.base() + "/flags/11", flag.getString("id"));
        assertEquals(URIS.applicationActor(), flag.getString("actor"));
        assertEquals("Advertising for a strikebreaker", flag.getString("content"));
        assertEquals(new JsonArray().add(felix.uri()).add(reported.uri()), flag.getJsonArray("object"));
        assertEquals(new JsonArray().add(felix.uri()), flag.getJsonArray("to"));
        assertTrue(!flag.encode().contains("alice"), "the reporter is never named");
    }
}
