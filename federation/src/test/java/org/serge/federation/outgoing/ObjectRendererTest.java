package org.serge.federation.outgoing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.serge.federation.outgoing.TestAccounts.T0;
import static org.serge.federation.outgoing.TestAccounts.URIS;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.serge.core.account.Account;
import org.serge.core.status.Poll;
import org.serge.core.status.Status;
import org.serge.core.status.Visibility;
import org.serge.federation.vocab.ActivityStreamsCodec;
import org.serge.federation.vocab.AsObject;

class ObjectRendererTest {

    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
    private static final Account ALICE = TestAccounts.local(1, "alice");
    private static final Account CAROL = TestAccounts.local(3, "carol");
    private static final Account BOB = TestAccounts.remote(2, "bob", "remote.example");
    private static final String ALICE_ID = "https://serge.test/users/alice";
    private static final String FOLLOWERS = ALICE_ID + "/followers";

    private final ActorIds ids = new ActorIds(URIS);
    private final ObjectRenderer renderer = new ObjectRenderer(ids, new Addressing(ids));

    static Status status(Visibility visibility) {
        return new Status(10, URIS.status("alice", 10), URIS.statusUrl("alice", 10), 1, true, "Note", visibility, null,
                null, null, null, "<p>hello</p>", "hello", "", false, null, T0, null);
    }

    private JsonObject render(Visibility visibility, List<Account> mentions) {
        return renderer.object(new StatusContext(status(visibility), ALICE, mentions, List.of(), null));
    }

    @Test
    void publicIsToPublicCcFollowersAndMentions() {
        JsonObject note = render(Visibility.PUBLIC, List.of(BOB, CAROL));
        assertEquals(new JsonArray().add(PUBLIC), note.getJsonArray("to"));
        assertEquals(new JsonArray().add(FOLLOWERS).add(BOB.uri()).add("https://serge.test/users/carol"),
                note.getJsonArray("cc"));
    }

    @Test
    void unlistedIsToFollowersCcPublicAndMentions() {
        JsonObject note = render(Visibility.UNLISTED, List.of(BOB));
        assertEquals(new JsonArray().add(FOLLOWERS), note.getJsonArray("to"));
        assertEquals(new JsonArray().add(PUBLIC).add(BOB.uri()), note.getJsonArray("cc"));
    }

    @Test
    void privateIsToFollowersCcMentionsAndNeverPublic() {
        JsonObject note = render(Visibility.PRIVATE, List.of(BOB));
        assertEquals(new JsonArray().add(FOLLOWERS), note.getJsonArray("to"));
        assertEquals(new JsonArray().add(BOB.uri()), note.getJsonArray("cc"));
        assertFalse(note.encode().contains(PUBLIC));
    }

    @Test
    void directIsToMentionsOnly() {
        JsonObject note = render(Visibility.DIRECT, List.of(BOB));
        assertEquals(new JsonArray().add(BOB.uri()), note.getJsonArray("to"));
        assertEquals(new JsonArray(), note.getJsonArray("cc"));
        assertFalse(note.encode().contains(PUBLIC));
        assertFalse(note.encode().contains(FOLLOWERS));
    }

    @Test
    void noteFields() {
        JsonObject note = render(Visibility.PUBLIC, List.of());
        assertEquals(URIS.status("alice", 10), note.getString("id"));
        assertEquals("Note", note.getString("type"));
        assertEquals(ALICE_ID, note.getString("attributedTo"));
        assertEquals("<p>hello</p>", note.getString("content"));
        assertEquals("2026-03-01T12:00:00Z", note.getString("published"));
        assertEquals("https://serge.test/@alice/10", note.getString("url"));
        assertTrue(note.containsKey("summary"));
        assertNull(note.getString("summary"));
        assertNull(note.getString("inReplyTo"));
        assertFalse(note.containsKey("updated"));
        assertFalse(note.containsKey("contentMap"));
        assertFalse(note.getBoolean("sensitive"));
        assertEquals(new JsonArray(), note.getJsonArray("attachment"));
        assertFalse(note.containsKey("@context"));
    }

    @Test
    void mentionsAndHashtags() {
        JsonObject note = renderer.object(new StatusContext(status(Visibility.PUBLIC), ALICE, List.of(BOB, CAROL),
                List.of("strike"), null));
        JsonArray tags = note.getJsonArray("tag");
        assertEquals(new JsonObject().put("type", "Mention").put("href", BOB.uri()).put("name", "@bob@remote.example"),
                tags.getJsonObject(0));
        assertEquals(new JsonObject().put("type", "Mention").put("href", "https://serge.test/users/carol")
                .put("name", "@carol@serge.test"), tags.getJsonObject(1));
        assertEquals(new JsonObject().put("type", "Hashtag").put("href", "https://serge.test/tags/strike")
                .put("name", "#strike"), tags.getJsonObject(2));
    }

    @Test
    void replyContentWarningLanguageAndEdit() {
        Status s = status(Visibility.PUBLIC);
        Status reply = new Status(s.id(), s.uri(), s.url(), 1, true, "Note", Visibility.PUBLIC, 9L,
                "https://remote.example/statuses/9", null, null, "<p>hi</p>", "hi", "strike news", true, "de", T0,
                T0.plusMinutes(5));
        JsonObject note = renderer.object(new StatusContext(reply, ALICE, List.of(), List.of(), null));
        assertEquals("https://remote.example/statuses/9", note.getString("inReplyTo"));
        assertEquals("strike news", note.getString("summary"));
        assertTrue(note.getBoolean("sensitive"));
        assertEquals(new JsonObject().put("de", "<p>hi</p>"), note.getJsonObject("contentMap"));
        assertEquals("2026-03-01T12:05:00Z", note.getString("updated"));
    }

    @Test
    void pollIsAQuestion() {
        Poll poll = new Poll(false, List.of("yes", "no"), List.of(3, 1), 4, T0.plusYears(10));
        JsonObject question = renderer.object(new StatusContext(status(Visibility.PUBLIC), ALICE, List.of(), List.of(),
                poll));
        assertEquals("Question", question.getString("type"));
        assertEquals(new JsonArray()
                .add(new JsonObject().put("type", "Note").put("name", "yes")
                        .put("replies", new JsonObject().put("type", "Collection").put("totalItems", 3)))
                .add(new JsonObject().put("type", "Note").put("name", "no")
                        .put("replies", new JsonObject().put("type", "Collection").put("totalItems", 1))),
                question.getJsonArray("oneOf"));
        assertFalse(question.containsKey("anyOf"));
        assertEquals("2036-03-01T12:00:00Z", question.getString("endTime"));
        assertFalse(question.containsKey("closed"));
        assertEquals(4, question.getInteger("votersCount"));

        AsObject parsed = new ActivityStreamsCodec().parse(question.encode()).object().orElseThrow();
        assertEquals(List.of(3, 1), parsed.poll().oneOf().stream().map(o -> o.votes()).toList());
        assertEquals(4, parsed.poll().votersCount());
    }

    @Test
    void multipleChoiceExpiredPoll() {
        Poll poll = new Poll(true, List.of("a", "b"), List.of(0, 0), 0, T0);
        JsonObject question = renderer.object(new StatusContext(status(Visibility.PUBLIC), ALICE, List.of(), List.of(),
                poll));
        assertEquals(2, question.getJsonArray("anyOf").size());
        assertEquals("2026-03-01T12:00:00Z", question.getString("closed"));
    }

    @Test
    void otherObjectTypesKeepTheirTypeAndTitle() {
        Status s = status(Visibility.PUBLIC);
        Status article = new Status(s.id(), s.uri(), s.url(), 1, true, "Article", Visibility.PUBLIC, null, null, null,
                "Strike at ACME", "<p>report</p>", "report", "", false, null, T0, null);
        JsonObject object = renderer.object(new StatusContext(article, ALICE, List.of(), List.of(), null));
        assertEquals("Article", object.getString("type"));
        assertEquals("Strike at ACME", object.getString("name"));
    }
}
