package org.serge.federation.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An activity's object referenced by id or embedded, as the real servers send it. */
class EmbeddedObjectTest {

    private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

    @Test
    void referencedObject() {
        Activity follow = codec.parse(Fixtures.bytes("mastodon/activity-follow.json")).activity().orElseThrow();
        assertEquals("Follow", follow.type());
        assertFalse(follow.object().isEmbedded());
    }

    @Test
    void embeddedNote() {
        Activity create = codec.parse(Fixtures.bytes("mastodon/activity-create_note.json")).activity().orElseThrow();
        AsObject note = create.object().asObject().orElseThrow();
        assertTrue(create.object().isEmbedded());
        assertEquals(note.id(), create.objectId());
        assertEquals("Note", note.type());
        assertEquals(create.actorId(), note.attributedToId());
    }

    @Test
    void announceOfCreateOfPageTwoLevelsDeep() {
        Activity announce = codec.parse(Fixtures.bytes("lemmy/activity-community-announce_create_page.json"))
                .activity().orElseThrow();
        Activity create = announce.object().asActivity().orElseThrow();
        AsObject page = create.object().asObject().orElseThrow();
        assertEquals("http://enterprise.lemmy.ml/c/main", announce.actorId());
        assertEquals("Page", page.type());
        assertEquals("http://enterprise.lemmy.ml/post/7", page.id());
        assertTrue(announce.isPublic());
    }

    @Test
    void undoOfEmbeddedFollow() {
        Activity undo = codec.parse(Fixtures.bytes("mastodon/activity-undo_follow.json")).activity().orElseThrow();
        Activity follow = undo.object().asActivity().orElseThrow();
        assertEquals("Follow", follow.type());
        assertEquals(undo.actorId(), follow.actorId());
    }

    @Test
    void flagWithSeveralObjects() {
        Activity flag = codec.parse(Fixtures.bytes("mastodon/activity-flag.json")).activity().orElseThrow();
        assertEquals(List.of("https://example.com/users/1", "https://example.com/posts/380590",
                "https://example.com/posts/380591"), flag.objects().stream().map(LinkOrObject::id).toList());
    }

    @Test
    void linkObjectIsAReference() {
        Activity like = codec.parse("{\"type\":\"Like\",\"actor\":{\"type\":\"Person\",\"id\":\"https://a.example/u/1\"},"
                + "\"object\":{\"type\":\"Link\",\"href\":\"https://b.example/n/1\"}}").activity().orElseThrow();
        assertEquals("https://b.example/n/1", like.objectId());
        assertFalse(like.object().isEmbedded());
        assertTrue(like.actor().asActor().isPresent());
    }

    @Test
    void anonymousEmbeddedObjectKeepsItsContent() {
        Activity create = codec.parse("{\"type\":\"Create\",\"actor\":\"https://a.example/u/1\","
                + "\"object\":{\"type\":\"Note\",\"content\":\"no id\"}}").activity().orElseThrow();
        assertNull(create.objectId());
        assertEquals("no id", create.object().asObject().orElseThrow().content());
    }

    @Test
    void activityWithoutObject() {
        Activity odd = codec.parse("{\"type\":\"Delete\",\"actor\":\"https://a.example/u/1\"}").activity().orElseThrow();
        assertNull(odd.object());
        assertNull(odd.objectId());
    }

    @Test
    void emojiReactions() {
        Activity react = codec.parse(Fixtures.bytes("pleroma/activity-emoji_react.json")).activity().orElseThrow();
        assertEquals("👌", react.content());
        Activity like = codec.parse(Fixtures.bytes("misskey/activity-like_custom_emoji_reaction.json")).activity().orElseThrow();
        assertEquals(":hanapog:", like.content());
        assertTrue(like.tag().get(0).isEmoji());
        assertTrue(like.tag().get(0).iconUrl().startsWith("https://misskey.local.live/files/"));
    }
}
