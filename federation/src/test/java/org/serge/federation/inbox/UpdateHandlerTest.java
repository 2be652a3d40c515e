package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.Status;

class UpdateHandlerTest extends HandlerTestBase {

    private static JsonObject person(RemoteUser user, String name, String summary) {
        return new JsonObject().put("id", user.uri()).put("type", "Person").put("preferredUsername", "renamed")
                .put("name", name).put("summary", summary).put("inbox", user.uri() + "/inbox")
                .put("followers", user.uri() + "/followers").put("manuallyApprovesFollowers", true)
                .put("alsoKnownAs", new JsonArray().add("https://old.example/users/x"));
    }

    @Test
    void anUpdateOfTheActorItselfRefreshesTheAccountAndKeepsItsKey() {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        bed.handle(rita, activity(rita, "Update", "p1", person(rita, "Rita R.", "<p>hi<script>x</script></p>")));

        Account stored = InboxTestBed.await(bed.remoteAccounts.findByUri(rita.uri())).orElseThrow();
        assertEquals("Rita R.", stored.displayName());
        assertEquals("<p>hi</p>", stored.summary());
        assertEquals(true, stored.locked());
        assertNotNull(InboxTestBed.await(bed.remoteAccounts.findKey(rita.keyId())).orElse(null));
    }

    @Test
    void anUpdateOfAnotherActorIsIgnored() {
        RemoteUser sam = bed.remote("https://remote.example/users/sam");
        RemoteUser victim = bed.remote("https://remote.example/users/victim");
        bed.handle(sam, activity(sam, "Update", "p2", person(victim, "Hacked", "")));

        Account stored = InboxTestBed.await(bed.remoteAccounts.findByUri(victim.uri())).orElseThrow();
        assertEquals("victim", stored.displayName());
    }

    @Test
    void anUpdateOfOwnStatusEditsItAndOfOthersIsIgnored() {
        RemoteUser tom = bed.remote("https://remote.example/users/tom");
        RemoteUser una = bed.remote("https://remote.example/users/una");
        JsonObject note = note(tom, "n1", "before");
        bed.handle(tom, activity(tom, "Create", "c1", note));
        bed.handle(tom, activity(tom, "Update", "e1", note.copy().put("content", "after")
                .put("updated", "2026-02-01T00:00:00Z")));
        // una tries to edit tom's status, once naming herself as author and once as tom
        bed.handle(una, activity(una, "Update", "e2", note.copy().put("content", "forged")
                .put("attributedTo", una.uri())));
        bed.handle(una, activity(una, "Update", "e3", note.copy().put("content", "forged")));

        Status status = bed.status(note.getString("id")).orElseThrow();
        assertEquals("after", status.content());
        assertNotNull(status.editedAt());
    }
}
