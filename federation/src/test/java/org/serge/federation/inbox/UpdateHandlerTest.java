package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.Status;
import org.serge.core.status.StatusEdit;
import org.serge.core.status.StatusEditRepository;

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

    @Test
    void remoteEditsAreKeptAsVersionsAndAPollCountUpdateIsNoEdit() {
        RemoteUser val = bed.remote("https://remote.example/users/val");
        JsonObject question = note(val, "q1", "Strike?").put("type", "Question")
                .put("endTime", "2030-01-01T00:00:00Z")
                .put("oneOf", new JsonArray()
                        .add(new JsonObject().put("type", "Note").put("name", "Yes")
                                .put("replies", new JsonObject().put("type", "Collection").put("totalItems", 1)))
                        .add(new JsonObject().put("type", "Note").put("name", "No")
                                .put("replies", new JsonObject().put("type", "Collection").put("totalItems", 0))));
        bed.handle(val, activity(val, "Create", "qc", question));
        Status created = bed.status(question.getString("id")).orElseThrow();

        // new counts only, as Mastodon sends them: not an edit
        JsonObject counts = question.copy();
        counts.getJsonArray("oneOf").getJsonObject(1).getJsonObject("replies").put("totalItems", 5);
        bed.handle(val, activity(val, "Update", "qu1", counts));
        assertEquals(0, bed.count("SELECT count(*) FROM status_edits WHERE status_id = $1", created.id()));
        assertNull(bed.status(question.getString("id")).orElseThrow().editedAt());
        assertEquals(List.of(1, 5),
                InboxTestBed.await(bed.statuses.poll(created.id())).orElseThrow().votes());

        bed.handle(val, activity(val, "Update", "qu2", counts.copy().put("content", "Strike on Monday?")
                .put("summary", "vote").put("updated", "2026-03-01T00:00:00Z")));
        bed.handle(val, activity(val, "Update", "qu3", counts.copy().put("content", "Strike on Friday?")
                .put("updated", "2026-03-02T00:00:00Z")));
        List<StatusEdit> versions = InboxTestBed.await(
                new StatusEditRepository(bed.pool).history(created.id()));
        assertEquals(3, versions.size());
        assertEquals("Strike?", versions.get(0).content());
        assertEquals(created.createdAt().toInstant(), versions.get(0).createdAt().toInstant());
        assertEquals(List.of("Yes", "No"), versions.get(0).pollOptions());
        assertEquals("Strike on Monday?", versions.get(1).content());
        assertEquals("vote", versions.get(1).spoilerText());
        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), versions.get(1).createdAt().toInstant());
        assertEquals("Strike on Friday?", versions.get(2).content());
        assertNotNull(bed.status(question.getString("id")).orElseThrow().editedAt());
    }
}
