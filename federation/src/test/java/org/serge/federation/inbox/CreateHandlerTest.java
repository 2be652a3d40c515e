package org.serge.federation.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;

class CreateHandlerTest extends HandlerTestBase {

    @Test
    void aNoteBecomesASanitizedStatusWithMentionsTagsAndReply() {
        RemoteUser rita = bed.remote("https://remote.example/users/rita");
        Account alice = bed.local("alice");
        Status parent = bed.localStatus(alice, Visibility.PUBLIC);
        JsonObject note = note(rita, "1", "<p>hi <script>alert(1)</script><a href=\"javascript:x\">x</a></p>")
                .put("summary", "<b>cw</b>")
                .put("inReplyTo", parent.uri())
                .put("tag", new JsonArray()
                        .add(new JsonObject().put("type", "Mention").put("href", bed.actorUri("alice"))
                                .put("name", "@alice@serge.test"))
                        .add(new JsonObject().put("type", "Mention").put("href", "https://else.example/users/z"))
                        .add(new JsonObject().put("type", "Hashtag").put("name", "#Strike")
                                .put("href", "https://remote.example/tags/strike")));
        bed.handle(rita, activity(rita, "Create", "1", note));

        Status status = bed.status(note.getString("id")).orElseThrow();
        assertEquals("<p>hi x</p>", status.content());
        assertEquals("cw", status.spoilerText());
        assertEquals(Visibility.PUBLIC, status.visibility());
        assertEquals(parent.id(), status.inReplyToId());
        assertEquals(rita.account().id(), status.accountId());
        assertFalse(status.local());
        assertEquals(List.of(alice.id()), InboxTestBed.await(bed.statuses.mentionedAccountIds(status.id())));
        assertEquals(List.of("strike"), InboxTestBed.await(bed.statuses.tags(status.id())));
        assertEquals(1, bed.count("SELECT count(*) FROM notifications WHERE account_id = $1 AND type = 'mention'"
                + " AND status_id = $2", alice.id(), status.id()));
        assertEquals(1, bed.count("SELECT count(*) FROM statuses WHERE uri = $1 AND ap_object->>'id' = $1",
                note.getString("id")));
    }

    @Test
    void addressingMapsToVisibility() {
        RemoteUser sam = bed.remote("https://remote.example/users/sam");
        JsonObject unlisted = note(sam, "u", "u").put("to", new JsonArray().add(sam.uri() + "/followers"))
                .put("cc", new JsonArray().add("as:Public"));
        JsonObject priv = note(sam, "p", "p").put("to", new JsonArray().add(sam.uri() + "/followers"))
                .put("cc", new JsonArray());
        JsonObject direct = note(sam, "d", "d").put("to", new JsonArray().add(bed.actorUri("bob")))
                .put("cc", new JsonArray());
        bed.handle(sam, activity(sam, "Create", "u", unlisted));
        bed.handle(sam, activity(sam, "Create", "p", priv));
        bed.handle(sam, activity(sam, "Create", "d", direct));

        assertEquals(Visibility.UNLISTED, bed.status(unlisted.getString("id")).orElseThrow().visibility());
        assertEquals(Visibility.PRIVATE, bed.status(priv.getString("id")).orElseThrow().visibility());
        assertEquals(Visibility.DIRECT, bed.status(direct.getString("id")).orElseThrow().visibility());
    }

    @Test
    void aQuestionBecomesAPoll() {
        RemoteUser tom = bed.remote("https://remote.example/users/tom");
        JsonObject question = note(tom, "q", "Strike?").put("type", "Question")
                .put("endTime", "2030-01-01T00:00:00Z")
                .put("oneOf", new JsonArray()
                        .add(new JsonObject().put("type", "Note").put("name", "Yes")
                                .put("replies", new JsonObject().put("type", "Collection").put("totalItems", 7)))
                        .add(new JsonObject().put("type", "Note").put("name", "No")
                                .put("replies", new JsonObject().put("type", "Collection").put("totalItems", 2))));
        bed.handle(tom, activity(tom, "Create", "q", question));

        Status status = bed.status(question.getString("id")).orElseThrow();
        Poll poll = InboxTestBed.await(bed.statuses.poll(status.id())).orElseThrow();
        assertEquals(List.of("Yes", "No"), poll.options());
        assertEquals(List.of(7, 2), poll.votes());
        assertFalse(poll.multiple());
        assertEquals(2030, poll.expiresAt().getYear());
    }

    @Test
    void objectsOfOthersOfOtherOriginsOrOfOtherTypesAreIgnored() {
        RemoteUser una = bed.remote("https://remote.example/users/una");
        JsonObject forged = note(una, "f", "forged").put("attributedTo", "https://remote.example/users/someone");
        JsonObject otherOrigin = note(una, "o", "other").put("id", "https://elsewhere.example/notes/1");
        JsonObject image = note(una, "i", "img").put("type", "Image");
        bed.handle(una, activity(una, "Create", "f", forged));
        bed.handle(una, activity(una, "Create", "o", otherOrigin));
        bed.handle(una, activity(una, "Create", "i", image));

        assertTrue(bed.status(forged.getString("id")).isEmpty());
        assertTrue(bed.status("https://elsewhere.example/notes/1").isEmpty());
        assertTrue(bed.status(image.getString("id")).isEmpty());
    }

    @Test
    void aSecondCreateOfTheSameObjectChangesNothing() {
        RemoteUser vic = bed.remote("https://remote.example/users/vic");
        JsonObject first = note(vic, "same", "first");
        bed.handle(vic, activity(vic, "Create", "a", first));
        bed.handle(vic, activity(vic, "Create", "b", note(vic, "same", "second")));

        assertEquals("first", bed.status(first.getString("id")).orElseThrow().content());
        assertEquals(1, bed.count("SELECT count(*) FROM statuses WHERE uri = $1", first.getString("id")));
    }
}
