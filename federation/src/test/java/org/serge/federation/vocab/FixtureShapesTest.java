package org.serge.federation.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Values read from particular real payloads, one per shape that differs between servers. */
class FixtureShapesTest {

    private final ActivityStreamsCodec codec = new ActivityStreamsCodec();

    @Test
    void mastodonPerson() {
        Actor actor = codec.parse(Fixtures.bytes("mastodon/object-person.json")).actor().orElseThrow();
        assertEquals("mastodon", actor.preferredUsername());
        assertEquals("https://masto.qa.urbanwildlife.biz/inbox", actor.sharedInbox());
        assertEquals("https://masto.qa.urbanwildlife.biz/users/mastodon/collections/featured", actor.featured());
        assertTrue(actor.icon().href().endsWith("2cf61ff96e94cb1d.png"));
        assertEquals(actor.id(), actor.publicKeys().get(0).owner());
        assertTrue(actor.publicKeys().get(0).publicKeyPem().startsWith("-----BEGIN PUBLIC KEY-----"));
    }

    @Test
    void mitraMultikeys() {
        Actor actor = codec.parse(Fixtures.bytes("mitra/object-person_multikey.json")).actor().orElseThrow();
        VerificationMethod ed = actor.assertionMethod("https://wizard.casa/users/hongminhee#ed25519-key").orElseThrow();
        assertTrue(ed.isMultikey());
        assertTrue(ed.publicKeyMultibase().startsWith("z6Mk"));
        assertEquals(actor.id(), ed.controller());
        assertEquals(2, actor.assertionMethods().size());
    }

    @Test
    void peertubeVideo() {
        AsObject video = codec.parse(Fixtures.bytes("peertube/object-video.json")).object().orElseThrow();
        assertEquals("https://tilvids.com/accounts/thelinuxexperiment", video.attributedToId());
        assertEquals("https://tilvids.com/videos/watch/e7946124-7b72-4ad7-9d22-844a84bb2de1", video.firstUrl());
        assertTrue(video.isPublic());
    }

    @Test
    void funkwhaleMimeType() {
        AsObject audio = codec.parse(Fixtures.bytes("funkwhale/activity-create_audio.json"))
                .activity().orElseThrow().object().asObject().orElseThrow();
        assertEquals("https://channels.tests.funkwhale.audio/library/tracks/74", audio.firstUrl());
        assertEquals("audio/ogg", audio.url().get(0).mediaType());
    }

    @Test
    void mobilizonEvent() {
        AsObject event = codec.parse(Fixtures.bytes("mobilizon/object-event.json")).object().orElseThrow();
        assertEquals("Event", event.type());
        assertEquals(Instant.parse("2022-12-11T19:00:00Z"), event.startTime());
        assertEquals("The Kenn Centre", event.location().name());
        assertEquals("Devon Expressway, EX6 7TW, Teignbridge, England, United Kingdom", event.location().address());
        assertEquals(3, event.tag().stream().filter(Tag::isHashtag).count());
        assertEquals("Banner", event.attachment().get(0).name());
    }

    @Test
    void misskeyQuote() {
        AsObject note = codec.parse(Fixtures.bytes("misskey/object-note_quote.json")).object().orElseThrow();
        assertEquals("https://misskey.io/notes/8vs6wxufd0", note.quote());
    }

    @Test
    void mastodonRepliesCollectionIsEmbedded() {
        AsObject note = codec.parse(Fixtures.bytes("mastodon/activity-private_message.json")).object().orElseThrow();
        AsCollection replies = note.replies().asCollection().orElseThrow();
        AsCollection first = replies.first().asCollection().orElseThrow();
        assertTrue(first.isPage());
        assertNotNull(first.next());
        assertEquals(List.of(), first.items());
    }

    @Test
    void outboxWithEmbeddedActivities() {
        AsCollection outbox = codec.parse(Fixtures.bytes("lemmy/collection-group_outbox.json")).collection().orElseThrow();
        assertFalse(outbox.items().isEmpty());
        assertTrue(outbox.items().stream().allMatch(item -> item.asActivity().isPresent()));
    }

    @Test
    void mastodonProfileFieldsAndDeleteTombstone() {
        Activity delete = codec.parse(Fixtures.bytes("mastodon/activity-delete.json")).activity().orElseThrow();
        assertTrue(delete.object().asObject().orElseThrow().isTombstone());
    }
}
