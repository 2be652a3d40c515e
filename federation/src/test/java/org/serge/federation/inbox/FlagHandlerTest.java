package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;

class FlagHandlerTest extends HandlerTestBase {

    @Test
    void aFlagBecomesAReportOnTheLocalAccountWithItsStatuses() {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        Account bob = bed.local("bob");
        Status bobs = bed.localStatus(bob, Visibility.PUBLIC);
        Status alices = bed.localStatus(bed.local("alice"), Visibility.PUBLIC);
        bed.handle(rita, activity(rita, "Flag", "f1", new JsonArray().add(bed.actorUri("bob")).add(bobs.uri())
                .add(alices.uri()).add("https://elsewhere.example/notes/1")).put("content", "<p>spam</p>"));

        Row report = InboxTestBed.await(bed.pool.preparedQuery("SELECT account_id, target_account_id, status_ids,"
                + " comment FROM reports WHERE uri = $1").execute(Tuple.of(rita.uri() + "/activities/f1")))
                .iterator().next();
        assertEquals(rita.account().id(), report.getLong("account_id"));
        assertEquals(bob.id(), report.getLong("target_account_id"));
        assertEquals(1, report.getArrayOfLongs("status_ids").length);
        assertEquals(bobs.id(), report.getArrayOfLongs("status_ids")[0]);
        assertEquals("spam", report.getString("comment"));
    }

    @Test
    void aFlagWithoutALocalTargetIsIgnored() {
        RemoteUser sam = bed.remote("https://remote.example/users/sam");
        bed.handle(sam, activity(sam, "Flag", "f2", new JsonArray().add("https://elsewhere.example/users/1")));

        assertEquals(0, bed.count("SELECT count(*) FROM reports WHERE account_id = $1", sam.account().id()));
    }
}
